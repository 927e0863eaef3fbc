package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.Consent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import org.junit.jupiter.api.Test;

/** A consent reads as one sentence: to whom, what for, who gave or recorded it and how, until when, who withdrew it. */
class FmtConsentTest {

    static final Instant GIVEN = Instant.parse("2026-11-24T08:00:00Z");
    final Fmt fmt = new Fmt();

    @Test
    void thePatientsOwnGpMeetingConsentWithdrawnByThemself() {
        Consent c = new Consent(UUID.randomUUID(), UUID.randomUUID(), Party.GP, null, InformationCategory.ADMIN,
                Purpose.MEETING_PARTICIPATION, LocalDate.of(2026, 11, 24), null, "pia.pasient", Consent.GivenHow.SELF,
                GIVEN, GIVEN.plusSeconds(3600), "pia.pasient");
        assertThat(fmt.consent(c, true)).isEqualTo("Fastlege / henviser: Deltakelse i samhandlingsmøter. Gitt av deg selv "
                + "24.11.2026 kl. 09:00. Gjelder fra 24.11.2026 uten sluttdato. Trukket tilbake 24.11.2026 kl. 10:00 "
                + "av deg selv.");
        assertThat(fmt.consent(c, false)).contains("Gitt av pasienten selv", "av Pia Pasient.");
    }

    @Test
    void aPaperConsentRecordedByTheClinicianNamesThemAndItsEndDate() {
        Consent c = new Consent(UUID.randomUUID(), UUID.randomUUID(), Party.EMPLOYER, "994000020",
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 2, 28), "kari.koordinator", Consent.GivenHow.RECORDED_BY_CLINICIAN, GIVEN, null, null);
        assertThat(fmt.consent(c, true)).startsWith("Arbeidsgiver").contains(
                "(formål: oppfølging av sykefravær og retur til arbeid)",
                "Registrert av behandler etter skriftlig samtykke (Kari Koordinator)",
                "Gjelder fra 20.11.2026 til og med 28.02.2027.").doesNotContain("Trukket");
    }
}
