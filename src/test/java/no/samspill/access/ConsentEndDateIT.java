package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.Dates;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue #3 §3: the patient grants sharing on their own "who can see what" page with an optional end date; a bad date
 * is a field message on that line (never a 500), the page shows the end date, and the consent stops counting after it.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class ConsentEndDateIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired Sharing sharing;
    @Autowired WithdrawConsent withdrawConsent;

    static final String FORM = SharingRow.formName(Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
            InformationCategory.WORK_FUNCTION);

    @Test
    void thePatientSharesWorkFunctionWithTheNearestLeaderUntilADay() {
        Referral referral = registerReferral.register(Referrals.forTheDemoPatient(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        UUID person = pathway.personId().value();
        // The demo patient is shared with other tests: start and end without an employer consent.
        withdrawEmployerConsents(person);
        try {
            endDateOnTheSharingPage(person);
        } finally {
            withdrawEmployerConsents(person);
        }
    }

    private void endDateOnTheSharingPage(UUID person) {
        Browser patient = new Browser(port).logIn("pia.pasient");
        String page = patient.get("/mitt/deling").body();
        assertThat(page).contains("Til og med (valgfritt)", "id=\"" + FORM + "-validUntil\"");

        for (String bad : List.of(TestClock.TODAY.minusDays(1).toString(), "32.01.2027", "i morgen")) {
            HttpResponse<String> refused = patient.post("/mitt/deling/pa", share(bad));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad)
                    .contains(bad.contains("-") ? "Sluttdato kan ikke være før i dag" : "Ugyldig dato")
                    .contains("id=\"" + FORM + "-validUntil-feil\"", "aria-invalid=\"true\"");
            assertThat(active(person)).as(bad).isEmpty();
        }

        LocalDate until = TestClock.TODAY.plusDays(14);
        HttpResponse<String> granted = patient.post("/mitt/deling/pa", share(until.toString()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(302);
        List<Consent> active = active(person);
        assertThat(active).hasSize(1);
        Consent consent = active.get(0);
        assertThat(consent.validUntil()).isEqualTo(until);
        assertThat(consent.givenHow()).isEqualTo(Consent.GivenHow.SELF);
        assertThat(patient.get("/mitt/deling").body())
                .contains("Fordi du har samtykket", ", til og med " + Dates.format(until),
                        "Gjelder fra " + Dates.format(TestClock.TODAY) + " til og med " + Dates.format(until));

        // The nearest leader sees the work-function data through the last day, and not after it.
        Viewer leader = new Viewer("lars.leder", "Lars", "Nærmeste leder", Party.EMPLOYER,
                DemoAccounts.LEADER_EMPLOYER, null, null, null);
        List<Relationship> related = List.of(new Relationship(person, Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                "lars.leder", "test", TestClock.TODAY.minusYears(1), null));
        assertThat(AccessPolicy.decide(leader, related, active, InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP,
                false, until).consentId()).isEqualTo(consent.id());
        assertThat(AccessPolicy.decide(leader, related, active, InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP,
                false, until.plusDays(1)).allowed()).isFalse();
    }

    private static Map<String, String> share(String validUntil) {
        return Map.of("recipient", "EMPLOYER", "organisation", DemoAccounts.LEADER_EMPLOYER, "category",
                "WORK_FUNCTION", "validUntil", validUntil);
    }

    private List<Consent> active(UUID person) {
        return sharing.history(person).stream().filter(c -> c.recipient() == Party.EMPLOYER
                && c.category() == InformationCategory.WORK_FUNCTION && c.withdrawnAt() == null).toList();
    }

    private void withdrawEmployerConsents(UUID person) {
        active(person).forEach(c -> withdrawConsent.withdraw(person, c.id()));
    }
}
