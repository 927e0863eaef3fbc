package no.samspill.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How claims from the identity providers become Samspill users ({@code samspill.oidc.*}). The client registrations
 * themselves are Spring Boot's {@code spring.security.oauth2.client.*}; OIDC log-in is on only when some are configured.
 *
 * @param idporten           ID-porten (patients)
 * @param helseid            HelseID (health personnel)
 * @param entra              Microsoft Entra ID (NAV staff)
 * @param organisationNames  display names of organisation numbers (falls back to the number)
 * @param api                bearer-token issuers the JSON API trusts; empty means no bearer tokens
 */
@ConfigurationProperties("samspill.oidc")
public record OidcProperties(IdPorten idporten, HelseId helseid, Entra entra, Map<String, String> organisationNames,
                             List<ApiIssuer> api) {

    public OidcProperties {
        idporten = idporten == null ? new IdPorten(null, null) : idporten;
        helseid = helseid == null ? new HelseId(null, null, null) : helseid;
        entra = entra == null ? new Entra(null, null, null, null) : entra;
        organisationNames = organisationNames == null ? Map.of() : Map.copyOf(organisationNames);
        api = api == null ? List.of() : List.copyOf(api);
    }

    /**
     * @param acceptedAcr the {@code acr} values accepted (default substantial and high)
     * @param acrValues   the {@code acr_values} asked for in the authorization request
     */
    public record IdPorten(List<String> acceptedAcr, String acrValues) {
        public IdPorten {
            acceptedAcr = acceptedAcr == null || acceptedAcr.isEmpty()
                    ? List.of("idporten-loa-substantial", "idporten-loa-high") : List.copyOf(acceptedAcr);
            acrValues = acrValues == null || acrValues.isBlank() ? "idporten-loa-substantial" : acrValues;
        }
    }

    /**
     * @param hprClaim            the claim with the HPR number
     * @param organisationClaim   the claim with the organisation the person acts for
     * @param clinicOrganisations organisation number → role (COORDINATOR or CLINICIAN); any other organisation is a GP office
     */
    public record HelseId(String hprClaim, String organisationClaim, Map<String, Role> clinicOrganisations) {
        public HelseId {
            hprClaim = blankTo(hprClaim, "helseid://claims/hpr/hpr_number");
            organisationClaim = blankTo(organisationClaim, "helseid://claims/client/claims/orgnr_parent");
            clinicOrganisations = clinicOrganisations == null ? Map.of() : Map.copyOf(clinicOrganisations);
            clinicOrganisations.forEach((org, role) -> {
                if (!role.clinicTeam()) {
                    throw new IllegalArgumentException("samspill.oidc.helseid.clinic-organisations." + org
                            + " must be COORDINATOR or CLINICIAN, not " + role);
                }
            });
        }
    }

    /**
     * @param usernameClaim      the claim with the NAV ident (falls back to {@code preferred_username})
     * @param organisationClaim  a claim with the NAV office's organisation number, if the tenant issues one
     * @param groupOrganisations Entra group object id → NAV office organisation number (read from {@code groups})
     * @param programmeOwnerGroups Entra group object ids whose members run the workplace programme (programme owner)
     *                             instead of being NAV counsellors
     */
    public record Entra(String usernameClaim, String organisationClaim, Map<String, String> groupOrganisations,
                        List<String> programmeOwnerGroups) {
        public Entra {
            usernameClaim = blankTo(usernameClaim, "NAVident");
            organisationClaim = organisationClaim == null || organisationClaim.isBlank() ? null : organisationClaim;
            groupOrganisations = groupOrganisations == null ? Map.of() : Map.copyOf(groupOrganisations);
            programmeOwnerGroups = programmeOwnerGroups == null ? List.of() : List.copyOf(programmeOwnerGroups);
        }
    }

    /**
     * A bearer-token issuer for {@code /api/**}.
     *
     * @param issuerUri  the {@code iss} value; its discovery document gives the keys, unless jwkSetUri is set
     * @param provider   which claim mapping applies: {@code idporten}, {@code helseid} or {@code entra}
     * @param audiences  the API's own identifiers; a token must name one of them in {@code aud}
     * @param jwkSetUri  optional: the key set, skipping discovery
     */
    public record ApiIssuer(String issuerUri, String provider, List<String> audiences, String jwkSetUri) {
        public ApiIssuer {
            if (issuerUri == null || issuerUri.isBlank()) {
                throw new IllegalArgumentException("samspill.oidc.api[].issuer-uri is required");
            }
            if (provider == null || provider.isBlank()) {
                throw new IllegalArgumentException("samspill.oidc.api[].provider is required for " + issuerUri);
            }
            if (audiences == null || audiences.isEmpty()) {
                throw new IllegalArgumentException("samspill.oidc.api[].audiences is required for " + issuerUri
                        + ": without it a token issued to any other client would be accepted");
            }
            audiences = List.copyOf(audiences);
        }
    }

    String organisationName(String organisationNumber) {
        String configured = organisationNames.get(organisationNumber);
        if (configured != null) {
            return configured;
        }
        return "Organisasjon " + organisationNumber;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
