package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.Consent;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.access.ResearchObjection;
import no.samspill.access.Sharing;
import no.samspill.access.WithdrawConsent;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.support.AsUser;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The patient hands the clinic a signed research consent on paper: the coordinator records it on the pathway page, it
 * shows there and on the patient's own "Hvem kan se hva" as recorded by the clinician, and only the clinic team may
 * record, object or withdraw there.
 */
@IntegrationTest
class ClinicRecordsWrittenResearchConsentIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired PersonDataAccess access;
    @Autowired RegisterReferral registerReferral;
    @Autowired AddNavToTeam addNavToTeam;
    @Autowired PathwayQueries pathways;
    @Autowired Sharing sharing;
    @Autowired WithdrawConsent withdrawConsent;
    @Autowired ResearchObjection researchObjection;
    @Autowired UserDetailsService userDetails;

    @Test
    void theCoordinatorRecordsAPaperConsentAnObjectionAndAWithdrawal() {
        Pathway pathway = access.asSystem(this::aPathwayForTheDemoPatient);
        UUID personId = pathway.personId().value();
        startWithoutResearchChoices(personId);
        String page = "/forlop/" + pathway.id();

        Browser kari = new Browser(port).logIn("kari.koordinator");
        assertThat(kari.get(page).body()).contains("id=\"forskning\"",
                "Pasienten har ikke reservert seg mot forskning uten samtykke.",
                "Registrer skriftlig samtykke til forskning")
                .doesNotContain("Pasienten har samtykket til at opplysningene kan brukes");

        HttpResponse<String> blank = kari.post(page + "/forskning/samtykke", Map.of("signedOn", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Må fylles ut",
                "Bekreft at pasienten har signert et skriftlig samtykke som er arkivert");
        HttpResponse<String> future = kari.post(page + "/forskning/samtykke",
                Map.of("signedOn", TODAY.plusDays(1).toString(), "confirmed", "ja"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("Datoen pasienten signerte kan ikke være etter i dag");
        HttpResponse<String> garbled = kari.post(page + "/forskning/samtykke",
                Map.of("signedOn", "32.13.2026", "confirmed", "ja"));
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("Ugyldig dato");
        assertThat(researchConsents(personId)).isEmpty();

        for (String outsider : List.of("lars.leder", "nils.nav")) {
            Browser other = new Browser(port).logIn(outsider);
            assertThat(other.post(page + "/forskning/samtykke",
                    Map.of("signedOn", TODAY.minusDays(3).toString(), "confirmed", "ja")).statusCode())
                    .as(outsider).isEqualTo(403);
            assertThat(other.post(page + "/forskning/reservasjon", Map.of()).statusCode()).as(outsider).isEqualTo(403);
        }
        assertThat(researchConsents(personId)).isEmpty();

        LocalDate signed = TODAY.minusDays(3);
        HttpResponse<String> recorded = kari.post(page + "/forskning/samtykke",
                Map.of("signedOn", signed.toString(), "confirmed", "ja"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElse("")).endsWith(page + "#forskning");

        Consent consent = researchConsents(personId).get(0);
        assertThat(consent.givenHow()).isEqualTo(Consent.GivenHow.RECORDED_BY_CLINICIAN);
        assertThat(consent.givenBy()).isEqualTo("kari.koordinator");
        assertThat(consent.validFrom()).isEqualTo(signed);
        assertThat(consent.activeOn(TODAY)).isTrue();
        String signedText = "%02d.%02d.%d".formatted(signed.getDayOfMonth(), signed.getMonthValue(), signed.getYear());
        assertThat(kari.get(page).body()).contains("Pasienten har samtykket til at opplysningene kan brukes",
                signedText, "registrert av behandler etter skriftlig samtykke", "Trekk samtykket til forskning")
                .doesNotContain("Registrer skriftlig samtykke til forskning");

        Browser pia = new Browser(port).logIn("pia.pasient");
        assertThat(pia.get("/mitt/deling").body()).contains(
                "Du har samtykket til at opplysningene dine kan brukes i forskning",
                "Registrert av behandler etter skriftlig samtykke");

        assertThat(kari.post(page + "/forskning/reservasjon", Map.of()).statusCode()).isEqualTo(302);
        assertThat(kari.get(page).body()).contains("Pasienten har reservert seg mot forskning uten samtykke",
                "Trekk reservasjonen");
        assertThat(pia.get("/mitt/deling").body()).contains("Du har reservert deg mot forskning uten samtykke");
        HttpResponse<String> again = kari.post(page + "/forskning/reservasjon", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Reservasjonen er allerede registrert");

        assertThat(kari.post(page + "/forskning/samtykke/" + consent.id() + "/trekk", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(kari.get(page).body()).contains("Pasienten har trukket samtykket til forskning");
        assertThat(researchConsents(personId)).singleElement()
                .satisfies(c -> assertThat(c.withdrawnBy()).isEqualTo("kari.koordinator"));
        assertThat(pia.get("/mitt/deling").body()).contains("Trukket tilbake", "Samtykk til forskning");
        assertThat(kari.post(page + "/forskning/samtykke/" + consent.id() + "/trekk", Map.of()).statusCode())
                .isEqualTo(409);

        assertThat(kari.post(page + "/forskning/reservasjon", Map.of("action", "trekk")).statusCode()).isEqualTo(302);
        assertThat(kari.get(page).body()).contains("Pasienten har ikke reservert seg mot forskning uten samtykke.");
    }

    /** The research consents made during this test (the demo patient's earlier ones are left out). */
    private List<Consent> researchConsents(UUID personId) {
        return new AsUser(userDetails).run("kari.koordinator", () -> sharing.history(personId).stream()
                .filter(c -> c.purpose() == Purpose.RESEARCH && !earlier.contains(c.id())).toList());
    }

    private Set<UUID> earlier = Set.of();

    /** Other tests share the demo patient: withdraw any research consent or objection she already has. */
    private void startWithoutResearchChoices(UUID personId) {
        earlier = new AsUser(userDetails).run("kari.koordinator", () -> {
            sharing.history(personId).stream()
                    .filter(c -> c.purpose() == Purpose.RESEARCH && c.withdrawnAt() == null)
                    .forEach(c -> withdrawConsent.withdraw(personId, c.id()));
            if (researchObjection.current(personId).isPresent()) {
                researchObjection.withdraw(personId);
            }
            return sharing.history(personId).stream().map(Consent::id).collect(Collectors.toSet());
        });
    }

    private Pathway aPathwayForTheDemoPatient() {
        NewReferral referral = Referrals.forTheDemoPatient();
        Referral created = registerReferral.register(referral, "kari.koordinator");
        addNavToTeam.add(created.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
        return pathways.byReferral(created.id()).orElseThrow();
    }
}
