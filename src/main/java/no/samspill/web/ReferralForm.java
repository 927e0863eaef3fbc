package no.samspill.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.NearestLeader;
import no.samspill.person.PatientDetails;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;

/**
 * The raw strings of the referral form, named as the use case names its fields ("patient.nationalId"), and their
 * translation into a {@link NewReferral}. Parsing only; the intake rules are {@link NewReferral#check}.
 */
final class ReferralForm {

    private final Map<String, String> values;

    ReferralForm(Map<String, String> values) {
        this.values = new HashMap<>(values);
        this.values.remove("_csrf");
    }

    static ReferralForm blank(LocalDate today) {
        return new ReferralForm(Map.of("receivedOn", today.toString(), "referrer.kind", "GP",
                "sickLeave.status", "FULL", "diagnosis.system", "ICPC2"));
    }

    Map<String, String> values() {
        return values;
    }

    private String get(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Builds the referral, recording every field error it finds; the caller decides when to throw. */
    NewReferral toNewReferral(String clinicOrgNumber, String defaultCoordinator, FieldErrors errors) {
        ReferrerKind kind = errors.required("referrer.kind", get("referrer.kind"), choice(ReferrerKind.class));
        HprNumber hpr = errors.optional("referrer.hpr", get("referrer.hpr"), HprNumber::parse);
        Referrer referrer = kind == null ? null : new Referrer(kind, get("referrer.name"), hpr, get("referrer.organisation"));

        NationalIdNumber nationalId = errors.required("patient.nationalId", get("patient.nationalId"), NationalIdNumber::parse);
        PatientDetails patient = new PatientDetails(nationalId, get("patient.givenName"), get("patient.familyName"),
                get("patient.phone"), get("patient.email"));

        OrganisationNumber employer = errors.required("employment.employer", get("employment.employer"),
                OrganisationNumber::parse);
        NearestLeader leader = errors.optional("employment.nearestLeader", get("employment.nearestLeader"),
                NearestLeader::parse);
        EmploymentDetails employment = new EmploymentDetails(employer, get("employment.employerName"),
                get("employment.occupation"), get("employment.leaderName"), get("employment.leaderPhone"),
                get("employment.leaderEmail"), leader == null ? null : leader.value());

        LocalDate receivedOn = errors.required("receivedOn", get("receivedOn"), Dates::parse);

        SickLeaveStatus status = errors.required("sickLeave.status", get("sickLeave.status"), choice(SickLeaveStatus.class));
        Integer grade = errors.optional("sickLeave.grade", get("sickLeave.grade"), ReferralForm::percent);
        LocalDate since = errors.optional("sickLeave.since", get("sickLeave.since"), Dates::parse);
        ReferredSickLeave sickLeave = status == null ? null : new ReferredSickLeave(status, grade, since);

        ComplaintGroup complaintGroup = errors.required("complaintGroup", get("complaintGroup"), choice(ComplaintGroup.class));
        DiagnosisCode.System system = errors.required("diagnosis.system", get("diagnosis.system"),
                choice(DiagnosisCode.System.class));
        DiagnosisCode diagnosis = system == null ? null
                : errors.required("diagnosis.code", get("diagnosis.code"), code -> new DiagnosisCode(system, code));

        String chosenCoordinator = get("coordinator");
        return new NewReferral(clinicOrgNumber, referrer, patient, employment, receivedOn, sickLeave, complaintGroup,
                diagnosis, get("triedSoFar"), get("workGoal"),
                chosenCoordinator == null || chosenCoordinator.isBlank() ? defaultCoordinator : chosenCoordinator);
    }

    static <E extends Enum<E>> java.util.function.Function<String, E> choice(Class<E> type) {
        return raw -> {
            try {
                return Enum.valueOf(type, raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Ugyldig valg");
            }
        };
    }

    static Integer wholeNumber(String raw) {
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Ugyldig tall");
        }
    }

    static Integer percent(String raw) {
        try {
            return Integer.valueOf(raw.replace("%", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Skriv grad som et tall mellom 1 og 100");
        }
    }
}
