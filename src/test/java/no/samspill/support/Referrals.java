package no.samspill.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.security.DemoAccounts;

/** Test data builder for referrals with sensible defaults and a fresh synthetic national ID number each time. */
public final class Referrals {

    private LocalDate receivedOn = TestClock.TODAY.minusDays(3);
    // A random birth date too: one fixed date allows only about a hundred valid numbers, so tests sharing a database
    // met the same person again (with another test's sick leave and pathways).
    private NationalIdNumber nationalId = SyntheticNationalIds.generate(
            LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(40 * 365)), Sex.FEMALE,
            ThreadLocalRandom.current());
    private String clinic = DemoAccounts.CLINIC_NORD;
    private ReferredSickLeave sickLeave = new ReferredSickLeave(SickLeaveStatus.FULL, 100, TestClock.TODAY.minusWeeks(5));
    private String diagnosisText = "L03";
    private Referrer referrer = new Referrer(ReferrerKind.GP, "Fastlege Test", HprNumber.parse("123456789"),
            "Testbyen legekontor");
    private EmploymentDetails employment = new EmploymentDetails(OrganisationNumber.parse("994000012"), "Test AS",
            "Lagerarbeider", "Leder Lise", "98888888", "leder@example.no");

    public static Referrals aReferral() {
        return new Referrals();
    }

    /**
     * The demo patient (Pia Pasient), referred by the demo GP and employed at the demo employer under the demo nearest
     * leader (lars.leder): the people the demo accounts log in as, so a test can look at the pathway as each of them.
     */
    public static NewReferral forTheDemoPatient() {
        LocalDate today = TestClock.TODAY;
        return new NewReferral(DemoAccounts.CLINIC_NORD,
                new Referrer(ReferrerKind.GP, "Gunnar Fastlege", HprNumber.parse(DemoAccounts.GP_HPR), "Legekontor"),
                new PatientDetails(NationalIdNumber.parse(DemoAccounts.PATIENT_NATIONAL_ID), "Pia", "Pasient", null, null),
                new EmploymentDetails(OrganisationNumber.parse(DemoAccounts.LEADER_EMPLOYER), "Fjordbakst AS", "Baker",
                        "Lars Leder", null, null, "lars.leder"),
                today.minusDays(14), new ReferredSickLeave(SickLeaveStatus.FULL, 100, today.minusWeeks(6)),
                ComplaintGroup.MUSCULOSKELETAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, "L03"),
                "Ryggsmerter i lang tid", "Tilbake i full jobb", "kari.koordinator");
    }

    public Referrals receivedOn(LocalDate date) {
        this.receivedOn = date;
        return this;
    }

    public Referrals forPatient(NationalIdNumber id) {
        this.nationalId = id;
        return this;
    }

    public Referrals toClinic(String clinic) {
        this.clinic = clinic;
        return this;
    }

    /** Referred by the demo GP (gunnar.fastlege), who then has the GP's relationship to the patient. */
    public Referrals byTheDemoGp() {
        this.referrer = new Referrer(ReferrerKind.GP, "Gunnar Fastlege", HprNumber.parse(DemoAccounts.GP_HPR),
                "Legekontor");
        return this;
    }

    /** Employed at the demo employer with the demo nearest leader (lars.leder). */
    public Referrals employedByTheDemoLeader() {
        this.employment = new EmploymentDetails(OrganisationNumber.parse(DemoAccounts.LEADER_EMPLOYER), "Fjordbakst AS",
                "Baker", "Lars Leder", null, null, "lars.leder");
        return this;
    }

    public Referrals notOnSickLeave() {
        this.sickLeave = ReferredSickLeave.none();
        return this;
    }

    public NewReferral build() {
        return new NewReferral(clinic, referrer, new PatientDetails(nationalId, "Testa", "Testesen", "99999999", null),
                employment, receivedOn, sickLeave, ComplaintGroup.MUSCULOSKELETAL,
                new DiagnosisCode(DiagnosisCode.System.ICPC2, diagnosisText), "Fysioterapi i 6 uker",
                "Tilbake i full jobb innen sommeren", "kari.koordinator");
    }
}
