package no.samspill.security;

import java.util.Map;
import no.samspill.identifiers.InvalidIdentifierException;
import no.samspill.identifiers.NationalIdNumber;
import org.springframework.stereotype.Component;

/**
 * ID-porten: a citizen, in Samspill a patient. The national ID number is the {@code pid} claim; the level of assurance
 * ({@code acr}) must be substantial or high (configurable), otherwise the log-in is refused.
 */
@Component
class IdPortenMapping implements ClaimMapping {

    static final String PROVIDER = "idporten";

    private final OidcProperties.IdPorten config;

    IdPortenMapping(OidcProperties properties) {
        this.config = properties.idporten();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public CurrentUser map(Map<String, Object> claims) {
        String acr = ClaimMapping.string(claims, "acr");
        if (acr == null || !config.acceptedAcr().contains(acr)) {
            throw ClaimMapping.reject(LoginRejection.INSUFFICIENT_ACR,
                    "acr " + (acr == null ? "missing" : "'" + acr + "'") + " is below " + config.acceptedAcr());
        }
        NationalIdNumber nationalId;
        try {
            nationalId = new NationalIdNumber(ClaimMapping.string(claims, "pid"));
        } catch (InvalidIdentifierException e) {
            throw ClaimMapping.reject(LoginRejection.INVALID_NATIONAL_ID, "pid: " + e.getMessage());
        }
        String sub = ClaimMapping.string(claims, "sub");
        if (sub == null) {
            throw ClaimMapping.reject(LoginRejection.MISSING_USERNAME, "sub missing");
        }
        // The user name ends up in logs and the audit trail: the pseudonymous sub, never the national ID number.
        return new CurrentUser(PROVIDER + ":" + sub, ClaimMapping.displayName(claims, "Pasient"), Role.PATIENT,
                null, null, null, nationalId.value());
    }
}
