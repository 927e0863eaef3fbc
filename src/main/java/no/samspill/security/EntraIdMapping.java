package no.samspill.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.samspill.identifiers.OrganisationNumber;
import org.springframework.stereotype.Component;

/**
 * Microsoft Entra ID: NAV staff, in Samspill NAV counsellors. The user name is the NAV ident (claim {@code NAVident},
 * configurable; else {@code preferred_username}); the NAV office comes from a configured claim or from a configured
 * group membership. Without an office the log-in is refused: the access decision relates NAV by organisation number.
 * A member of a configured programme-owner group ({@code samspill.oidc.entra.programme-owner-groups}) is a programme
 * owner of the workplace programme at that office instead; a programme owner reads no person data.
 */
@Component
class EntraIdMapping implements ClaimMapping {

    static final String PROVIDER = "entra";

    private final OidcProperties.Entra config;
    private final OidcProperties properties;

    EntraIdMapping(OidcProperties properties) {
        this.properties = properties;
        this.config = properties.entra();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public CurrentUser map(Map<String, Object> claims) {
        String username = ClaimMapping.string(claims, config.usernameClaim());
        if (username == null) {
            username = ClaimMapping.string(claims, "preferred_username");
        }
        if (username == null) {
            throw ClaimMapping.reject(LoginRejection.MISSING_USERNAME, config.usernameClaim() + " and preferred_username missing");
        }
        String office = office(claims);
        if (office == null || !OrganisationNumber.isValid(office)) {
            throw ClaimMapping.reject(LoginRejection.MISSING_ORGANISATION, "no NAV office from claim or group membership");
        }
        office = OrganisationNumber.parse(office).value();
        Role role = groups(claims).stream().anyMatch(config.programmeOwnerGroups()::contains)
                ? Role.PROGRAMME_OWNER : Role.NAV_COUNSELLOR;
        return new CurrentUser(username, ClaimMapping.displayName(claims, username), role, office,
                properties.organisationName(office), null, null);
    }

    private static List<String> groups(Map<String, Object> claims) {
        Object groups = claims.get("groups");
        Collection<?> ids = groups instanceof Collection<?> c ? c : groups == null ? List.of() : List.of(groups);
        return ids.stream().map(String::valueOf).toList();
    }

    private String office(Map<String, Object> claims) {
        if (config.organisationClaim() != null) {
            String fromClaim = ClaimMapping.string(claims, config.organisationClaim());
            if (fromClaim != null) {
                return fromClaim;
            }
        }
        List<String> offices = groups(claims).stream().map(config.groupOrganisations()::get)
                .filter(java.util.Objects::nonNull).distinct().toList();
        // Member of several offices' groups: ambiguous, so none (the person must be given one office).
        return offices.size() == 1 ? offices.get(0) : null;
    }
}
