package no.samspill.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The claim mapping of each identity provider, by provider key; an unknown provider is rejected. */
@Component
class ClaimMappings {

    private final Map<String, ClaimMapping> byProvider;

    ClaimMappings(List<ClaimMapping> mappings) {
        this.byProvider = mappings.stream().collect(Collectors.toUnmodifiableMap(ClaimMapping::provider, Function.identity()));
    }

    ClaimMapping forProvider(String provider) {
        ClaimMapping mapping = provider == null ? null : byProvider.get(provider);
        if (mapping == null) {
            throw ClaimMapping.reject(LoginRejection.UNKNOWN_PROVIDER, "no claim mapping for provider '" + provider + "'");
        }
        return mapping;
    }

    boolean knows(String provider) {
        return byProvider.containsKey(provider);
    }
}
