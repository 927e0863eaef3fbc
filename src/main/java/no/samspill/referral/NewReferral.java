package no.samspill.referral;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.NearestLeader;
import no.samspill.person.PatientDetails;
import no.samspill.shared.FieldErrors;

/**
 * Everything a referral records, as typed values, plus who will coordinate the pathway (a username; may be left
 * empty for the clinic to assign later). {@link #check(FieldErrors, LocalDate)} applies the
 * intake rules.
 */
@PersonData(InformationCategory.HEALTH)
public record NewReferral(String clinicOrgNumber, Referrer referrer, PatientDetails patient, EmploymentDetails employment,
                          LocalDate receivedOn, ReferredSickLeave sickLeave, ComplaintGroup complaintGroup,
                          DiagnosisCode diagnosis, String triedSoFar, String workGoal, String coordinator) {

    /** The rules that span fields; field formats are checked by the value objects themselves. */
    public void check(FieldErrors errors, LocalDate today) {
        if (referrer != null) {
            errors.check(referrer.kind() != ReferrerKind.GP || referrer.hpr() != null, "referrer.hpr",
                    "Fastlege må ha HPR-nummer");
            errors.check(referrer.name() != null && !referrer.name().isBlank(), "referrer.name", "Må fylles ut");
            atMost(errors, "referrer.name", referrer.name(), 200);
            atMost(errors, "referrer.organisation", referrer.organisation(), 200);
        }
        if (receivedOn != null) {
            errors.check(!receivedOn.isAfter(today), "receivedOn", "Mottatt-dato kan ikke være fram i tid");
        }
        if (sickLeave != null) {
            switch (sickLeave.status()) {
                case NONE -> errors.check(sickLeave.grade() == null && sickLeave.since() == null, "sickLeave.status",
                        "Grad og dato gis bare når pasienten er sykmeldt");
                case PARTIAL -> errors.check(sickLeave.grade() != null && sickLeave.grade() >= 1 && sickLeave.grade() <= 99,
                        "sickLeave.grade", "Gradert sykmelding må ha grad mellom 1 og 99 %");
                case FULL -> errors.check(sickLeave.grade() == null || sickLeave.grade() == 100, "sickLeave.grade",
                        "100 % sykmelding har grad 100");
            }
            if (sickLeave.status() != SickLeaveStatus.NONE) {
                errors.check(sickLeave.since() != null, "sickLeave.since", "Oppgi sykmeldt fra-dato");
            }
            if (sickLeave.since() != null && receivedOn != null) {
                errors.check(!sickLeave.since().isAfter(receivedOn), "sickLeave.since",
                        "Sykmeldt fra-dato kan ikke være etter at henvisningen ble mottatt");
            }
        }
        if (patient != null) {
            errors.check(notBlank(patient.givenName()), "patient.givenName", "Må fylles ut");
            errors.check(notBlank(patient.familyName()), "patient.familyName", "Må fylles ut");
            atMost(errors, "patient.givenName", patient.givenName(), 100);
            atMost(errors, "patient.familyName", patient.familyName(), 100);
            atMost(errors, "patient.phone", patient.phone(), 30);
            atMost(errors, "patient.email", patient.email(), 200);
        }
        if (employment != null) {
            errors.check(notBlank(employment.employerName()), "employment.employerName", "Må fylles ut");
            atMost(errors, "employment.employerName", employment.employerName(), 200);
            atMost(errors, "employment.occupation", employment.occupation(), 200);
            atMost(errors, "employment.leaderName", employment.leaderName(), 200);
            atMost(errors, "employment.leaderPhone", employment.leaderPhone(), 30);
            atMost(errors, "employment.leaderEmail", employment.leaderEmail(), 200);
            if (employment.leaderUsername() != null) {
                errors.optional("employment.nearestLeader", employment.leaderUsername(), NearestLeader::parse);
            }
        }
    }

    /** The lengths the person and referral records hold. */
    private static void atMost(FieldErrors errors, String field, String value, int max) {
        errors.check(value == null || value.length() <= max, field, "Kan ha høyst " + max + " tegn");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
