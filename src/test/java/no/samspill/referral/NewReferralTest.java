package no.samspill.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;

/** The intake rules: what every adapter (form, JSON, FHIR) gets back before anything is stored. */
class NewReferralTest {

    static List<String> fields(NewReferral referral) {
        FieldErrors errors = new FieldErrors();
        referral.check(errors, TestClock.TODAY);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
        }
    }

    @Test
    void aCompleteReferralIsAccepted() {
        assertThat(fields(Referrals.aReferral().build())).isEmpty();
    }

    @Test
    void aReferralReceivedTomorrowIsRefused() {
        assertThat(fields(Referrals.aReferral().receivedOn(TestClock.TODAY.plusDays(1)).build()))
                .containsExactly("receivedOn");
    }

    @Test
    void valuesLongerThanThePersonRecordHoldsAreRefusedByField() {
        NewReferral ok = Referrals.aReferral().build();
        PatientDetails p = ok.patient();
        EmploymentDetails e = ok.employment();
        NewReferral tooLong = new NewReferral(ok.clinicOrgNumber(),
                new Referrer(ok.referrer().kind(), "R".repeat(201), ok.referrer().hpr(), ok.referrer().organisation()),
                new PatientDetails(p.nationalId(), "G".repeat(100), "F".repeat(101), "9".repeat(31), p.email()),
                new EmploymentDetails(e.employer(), e.employerName(), "O".repeat(201), e.leaderName(), e.leaderPhone(),
                        e.leaderEmail()),
                ok.receivedOn(), ok.sickLeave(), ok.complaintGroup(), ok.diagnosis(), ok.triedSoFar(), ok.workGoal(),
                ok.coordinator());
        assertThat(fields(tooLong)).containsExactlyInAnyOrder("referrer.name", "patient.familyName", "patient.phone",
                "employment.occupation");
    }
}
