package no.samspill.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Bearer JWTs for {@code /api/**} from the issuers in {@code samspill.oidc.api}: one authentication manager per issuer
 * (its keys from discovery, fetched at the first token, or from its configured key set), with the issuer, expiry,
 * not-before, token type and audience checked, then the provider's {@link ClaimMapping}. Tokens from any other issuer
 * are rejected before any key is fetched.
 */
final class BearerTokens {

    private BearerTokens() {
    }

    static JwtIssuerAuthenticationManagerResolver resolver(OidcProperties properties, ClaimMappings mappings) {
        Map<String, AuthenticationManager> managers = new LinkedHashMap<>();
        for (OidcProperties.ApiIssuer issuer : properties.api()) {
            managers.put(issuer.issuerUri(), manager(issuer, mappings.forProvider(issuer.provider())));
        }
        Map<String, AuthenticationManager> trusted = Map.copyOf(managers);
        return new JwtIssuerAuthenticationManagerResolver(trusted::get);
    }

    private static AuthenticationManager manager(OidcProperties.ApiIssuer issuer, ClaimMapping mapping) {
        NimbusJwtDecoder decoder = issuer.jwkSetUri() == null || issuer.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(issuer.issuerUri()).build()
                : NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
        decoder.setJwtValidator(validator(issuer));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new BearerTokenConverter(mapping));
        return new ProviderManager(provider);
    }

    static OAuth2TokenValidator<Jwt> validator(OidcProperties.ApiIssuer issuer) {
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
        type.setAllowEmpty(true);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        validators.add(new JwtIssuerValidator(issuer.issuerUri()));
        validators.add(type);
        validators.add(audience(issuer.audiences()));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static OAuth2TokenValidator<Jwt> audience(List<String> audiences) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token is not meant for this API (aud)", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().stream().anyMatch(audiences::contains)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }
}
