package no.samspill.security;

import java.util.Map;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.OrganisationNumber;
import org.springframework.stereotype.Component;

/**
 * HelseID: health personnel. The HPR number and the organisation they act for come from configurable claims. The role
 * follows the organisation: a configured clinic organisation gives its configured role (coordinator or clinician),
 * any other organisation makes the person a GP. Clinicians and GPs must have an HPR number.
 */
@Component
class HelseIdMapping implements ClaimMapping {

    static final String PROVIDER = "helseid";

    private final OidcProperties.HelseId config;
    private final OidcProperties properties;

    HelseIdMapping(OidcProperties properties) {
        this.properties = properties;
        this.config = properties.helseid();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public CurrentUser map(Map<String, Object> claims) {
        String sub = ClaimMapping.string(claims, "sub");
        if (sub == null) {
            throw ClaimMapping.reject(LoginRejection.MISSING_USERNAME, "sub missing");
        }
        String organisation = ClaimMapping.string(claims, config.organisationClaim());
        if (organisation == null || !OrganisationNumber.isValid(organisation)) {
            throw ClaimMapping.reject(LoginRejection.MISSING_ORGANISATION,
                    config.organisationClaim() + " missing or not an organisation number");
        }
        organisation = OrganisationNumber.parse(organisation).value();
        Role role = config.clinicOrganisations().getOrDefault(organisation, Role.GP);
        String hpr = ClaimMapping.string(claims, config.hprClaim());
        if (hpr != null) {
            if (!HprNumber.isValid(hpr)) {
                throw ClaimMapping.reject(LoginRejection.MISSING_HPR, config.hprClaim() + " is not an HPR number");
            }
            hpr = HprNumber.parse(hpr).value();
        } else if (role != Role.COORDINATOR) {
            throw ClaimMapping.reject(LoginRejection.MISSING_HPR, config.hprClaim() + " missing for role " + role);
        }
        return new CurrentUser(PROVIDER + ":" + sub, ClaimMapping.displayName(claims, "Helsepersonell"), role,
                organisation, properties.organisationName(organisation), hpr, null);
    }
}
