package no.samspill.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The claim mappings on their own: which claims make which user, and which are refused. */
class ClaimMappingsTest {

    static final String HPR = "helseid://claims/hpr/hpr_number";
    static final String ORG = "helseid://claims/client/claims/orgnr_parent";

    final OidcProperties properties = new OidcProperties(null,
            new OidcProperties.HelseId(null, null, Map.of(DemoAccounts.CLINIC_NORD, Role.CLINICIAN)),
            new OidcProperties.Entra(null, null, Map.of("g-nav-nordbyen", DemoAccounts.NAV_OFFICE),
                    List.of("g-programme-owners")),
            Map.of(DemoAccounts.CLINIC_NORD, "Nordklinikken"), null);
    final ClaimMappings mappings = new ClaimMappings(List.of(new IdPortenMapping(properties),
            new HelseIdMapping(properties), new EntraIdMapping(properties)));

    @Test
    void idPortenGivesAPatientNamedByTheirPseudonymNotTheirNumber() {
        CurrentUser user = mappings.forProvider("idporten").map(Map.of("sub", "abc", "acr", "idporten-loa-high",
                "pid", DemoAccounts.PATIENT_NATIONAL_ID));
        assertThat(user.role()).isEqualTo(Role.PATIENT);
        assertThat(user.nationalId()).isEqualTo(DemoAccounts.PATIENT_NATIONAL_ID);
        assertThat(user.username()).isEqualTo("idporten:abc").doesNotContain(DemoAccounts.PATIENT_NATIONAL_ID);
    }

    @Test
    void idPortenRefusesLowOrMissingAcrAndBadPid() {
        assertRejected("idporten", Map.of("sub", "a", "acr", "idporten-loa-low", "pid", DemoAccounts.PATIENT_NATIONAL_ID),
                LoginRejection.INSUFFICIENT_ACR);
        assertRejected("idporten", Map.of("sub", "a", "pid", DemoAccounts.PATIENT_NATIONAL_ID), LoginRejection.INSUFFICIENT_ACR);
        assertRejected("idporten", Map.of("sub", "a", "acr", "idporten-loa-substantial", "pid", "12858810263"),
                LoginRejection.INVALID_NATIONAL_ID);
        assertRejected("idporten", Map.of("sub", "a", "acr", "idporten-loa-substantial"), LoginRejection.INVALID_NATIONAL_ID);
    }

    @Test
    void helseIdRoleFollowsTheConfiguredOrganisation() {
        CurrentUser clinician = mappings.forProvider("helseid").map(Map.of("sub", "s1", HPR, "565500002",
                ORG, DemoAccounts.CLINIC_NORD, "name", "Lise"));
        assertThat(clinician.role()).isEqualTo(Role.CLINICIAN);
        assertThat(clinician.hprNumber()).isEqualTo("565500002");
        assertThat(clinician.organisationName()).isEqualTo("Nordklinikken");

        CurrentUser gp = mappings.forProvider("helseid").map(Map.of("sub", "s2", HPR, DemoAccounts.GP_HPR,
                ORG, DemoAccounts.GP_OFFICE));
        assertThat(gp.role()).isEqualTo(Role.GP);
        assertThat(gp.organisationNumber()).isEqualTo(DemoAccounts.GP_OFFICE);
    }

    @Test
    void helseIdRefusesMissingHprForAGpAndABadOrganisation() {
        assertRejected("helseid", Map.of("sub", "s", ORG, DemoAccounts.GP_OFFICE), LoginRejection.MISSING_HPR);
        assertRejected("helseid", Map.of("sub", "s", ORG, DemoAccounts.GP_OFFICE, HPR, "12x"), LoginRejection.MISSING_HPR);
        assertRejected("helseid", Map.of("sub", "s", HPR, "1", ORG, "123456789"), LoginRejection.MISSING_ORGANISATION);
        assertRejected("helseid", Map.of("sub", "s", HPR, "1"), LoginRejection.MISSING_ORGANISATION);
    }

    @Test
    void coordinatorsMayLackAnHprNumber() {
        OidcProperties coordinatorClinic = new OidcProperties(null,
                new OidcProperties.HelseId(null, null, Map.of(DemoAccounts.CLINIC_NORD, Role.COORDINATOR)), null, null, null);
        CurrentUser user = new HelseIdMapping(coordinatorClinic).map(Map.of("sub", "s", ORG, DemoAccounts.CLINIC_NORD));
        assertThat(user.role()).isEqualTo(Role.COORDINATOR);
        assertThat(user.hprNumber()).isNull();
    }

    @Test
    void onlyClinicTeamRolesCanBeGivenToAClinicOrganisation() {
        assertThatThrownBy(() -> new OidcProperties.HelseId(null, null, Map.of(DemoAccounts.CLINIC_NORD, Role.SECURITY_OFFICER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entraGivesAProgrammeOwnerToAMemberOfAProgrammeOwnerGroupWithTheirOffice() {
        CurrentUser owner = mappings.forProvider("entra").map(Map.of("NAVident", "Z990002", "name", "Nina NAV",
                "groups", List.of("g-nav-nordbyen", "g-programme-owners")));
        assertThat(owner.role()).isEqualTo(Role.PROGRAMME_OWNER);
        assertThat(owner.organisationNumber()).isEqualTo(DemoAccounts.NAV_OFFICE);
        CurrentUser counsellor = mappings.forProvider("entra").map(Map.of("NAVident", "Z990003",
                "groups", List.of("g-nav-nordbyen")));
        assertThat(counsellor.role()).isEqualTo(Role.NAV_COUNSELLOR);
        assertRejected("entra", Map.of("NAVident", "Z990002", "groups", List.of("g-programme-owners")),
                LoginRejection.MISSING_ORGANISATION);
    }

    @Test
    void entraGivesANavCounsellorWithTheOfficeOfTheirGroup() {
        CurrentUser user = mappings.forProvider("entra").map(Map.of("NAVident", "Z990001", "name", "Nina NAV",
                "groups", List.of("other", "g-nav-nordbyen")));
        assertThat(user.role()).isEqualTo(Role.NAV_COUNSELLOR);
        assertThat(user.username()).isEqualTo("Z990001");
        assertThat(user.organisationNumber()).isEqualTo(DemoAccounts.NAV_OFFICE);
        assertRejected("entra", Map.of("NAVident", "Z990001", "groups", List.of("other")), LoginRejection.MISSING_ORGANISATION);
        assertRejected("entra", Map.of("groups", List.of("g-nav-nordbyen")), LoginRejection.MISSING_USERNAME);
    }

    @Test
    void anUnknownProviderIsRefused() {
        assertThatThrownBy(() -> mappings.forProvider("github")).isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(LoginRejection.UNKNOWN_PROVIDER.code());
    }

    @Test
    void apiIssuersNeedAnAudience() {
        assertThatThrownBy(() -> new OidcProperties.ApiIssuer("https://issuer", "helseid", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audiences");
    }

    private void assertRejected(String provider, Map<String, Object> claims, LoginRejection reason) {
        assertThatThrownBy(() -> mappings.forProvider(provider).map(claims))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(reason.code());
    }
}
