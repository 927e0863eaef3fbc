package no.samspill.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Purpose;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.questionnaire.RecordResponse;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferredSickLeave;
import no.samspill.referral.Referrer;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Participant;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.security.DemoAccounts;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.TestClock;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Demo-like data for the FHIR ITs, created through the same use cases the UI uses (as the system), with marker values
 * planted in a name and in health fields, as in access.LeakIT.
 */

class FhirTestData {

    static final LocalDate TODAY = TestClock.TODAY;
    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final InstrumentRef PHQ9 = InstrumentRef.parse("https://samspill.no/fhir/Questionnaire/phq-9|1.0.0");

    private final PersonDataAccess access;
    private final RegisterReferral registerReferral;
    private final TriageReferral triageReferral;
    private final PathwayQueries pathways;
    private final RegisterSickLeavePeriod registerSickLeave;
    private final AddNavToTeam addNavToTeam;
    private final GrantConsent grantConsent;
    private final AddTask addTask;
    private final ScheduleMeeting scheduleMeeting;
    private final PublishPlanVersion publishPlan;
    private final RecordResponse recordResponse;

    FhirTestData(PersonDataAccess access, RegisterReferral registerReferral, TriageReferral triageReferral,
                 PathwayQueries pathways, RegisterSickLeavePeriod registerSickLeave, AddNavToTeam addNavToTeam,
                 GrantConsent grantConsent, AddTask addTask, ScheduleMeeting scheduleMeeting,
                 PublishPlanVersion publishPlan, RecordResponse recordResponse) {
        this.access = access;
        this.registerReferral = registerReferral;
        this.triageReferral = triageReferral;
        this.pathways = pathways;
        this.registerSickLeave = registerSickLeave;
        this.addNavToTeam = addNavToTeam;
        this.grantConsent = grantConsent;
        this.addTask = addTask;
        this.scheduleMeeting = scheduleMeeting;
        this.publishPlan = publishPlan;
        this.recordResponse = recordResponse;
    }

    /** The demo patient at Nordklinikken, referred by the demo GP, employed by the demo leader, NAV in the team. */
    Subject related() {
        return access.asSystem(() -> create(NationalIdNumber.parse(DemoAccounts.PATIENT_NATIONAL_ID),
                DemoAccounts.CLINIC_NORD, DemoAccounts.GP_HPR, DemoAccounts.LEADER_EMPLOYER, "lars.leder", true));
    }

    /** Like {@link #related()}, but a new person each time (for tests that count results). */
    Subject freshRelated() {
        // A random birth date: one fixed date leaves only a few hundred synthetic numbers, and two "fresh" persons
        // would then now and again be the same person.
        Random random = new Random();
        return access.asSystem(() -> create(SyntheticNationalIds.generate(LocalDate.of(1950, 1, 1)
                .plusDays(random.nextInt(50 * 365)), Sex.FEMALE, random), DemoAccounts.CLINIC_NORD, DemoAccounts.GP_HPR, DemoAccounts.LEADER_EMPLOYER, "lars.leder",
                true));
    }

    /** Like {@link #freshRelated()} (nearest leader lars.leder), but without NAV and without any consent. */
    Subject freshWithoutConsent() {
        return access.asSystem(() -> create(SyntheticNationalIds.generate(LocalDate.of(1988, 3, 9), Sex.MALE,
                new Random()), DemoAccounts.CLINIC_NORD, DemoAccounts.GP_HPR, DemoAccounts.LEADER_EMPLOYER, "lars.leder",
                false));
    }

    /** A person at Midtklinikken with no tie to any demo user but per.koordinator. */
    Subject unrelated() {
        return access.asSystem(() -> create(SyntheticNationalIds.generate(LocalDate.of(1979, 2, 3), Sex.MALE,
                new Random()), DemoAccounts.CLINIC_MIDT, "12312312", "994000039", null, false));
    }

    private Subject create(NationalIdNumber nationalId, String clinic, String gpHpr, String employerOrg, String leader,
                           boolean ties) {
        String suffix = Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "").toUpperCase();
        String family = "Fhirmarkor" + suffix;
        String health = "FHIRHELSE-" + suffix;
        NewReferral referral = new NewReferral(clinic,
                new Referrer(ReferrerKind.GP, "Fastlege", HprNumber.parse(gpHpr), "Legekontor"),
                new PatientDetails(nationalId, "Pia", family, "99999999", "pia@example.no"),
                new EmploymentDetails(OrganisationNumber.parse(employerOrg), "Arbeidsgiveren AS", "Baker", "Leder",
                        null, null, leader),
                TODAY.minusDays(20), new ReferredSickLeave(SickLeaveStatus.FULL, 100, TODAY.minusWeeks(6)),
                ComplaintGroup.COMMON_MENTAL, new DiagnosisCode(DiagnosisCode.System.ICPC2, "P76"), health + " prøvd",
                health + " arbeidsmål", "kari.koordinator");
        Referral created = registerReferral.register(referral, "kari.koordinator");
        triageReferral.triage(created.id(), 0, new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(3),
                health + " vurdering"), "kari.koordinator");
        registerSickLeave.register(created.personId(), TODAY.minusWeeks(6), TODAY.plusWeeks(6), 100, "kari.koordinator");
        Pathway pathway = pathways.byReferral(created.id()).orElseThrow();
        UUID taskId = addTask.add(pathway.id(), "Ring " + family, "kari.koordinator", TODAY.plusDays(2),
                "kari.koordinator").id();
        UUID meetingId = scheduleMeeting.schedule(pathway.id(), new MeetingRequest(MeetingType.COLLABORATION,
                TODAY.plusDays(7).atTime(10, 0), 60, "Møterom 2", null, java.util.List.of(
                        new Participant(Participant.Role.PATIENT, "Pia " + family, null, null),
                        new Participant(Participant.Role.NEAREST_LEADER, "Lars Leder", leader, null),
                        new Participant(Participant.Role.CLINICIAN, "Kari Koordinator", "kari.koordinator", null))),
                "kari.koordinator").id();
        // The plan's goal carries the name marker: work-function data that unrelated users must never see.
        publishPlan.publish(pathway.id(), 0, new PlanDraft("Tilbake i full jobb for " + family, java.util.List.of(
                new PlanDraft.Adjustment("Fri for nattevakter", "Nærmeste leder", TODAY.plusDays(1), TODAY.plusWeeks(5))),
                java.util.List.of(new PlanDraft.GradedStep(TODAY.plusDays(1), TODAY.plusWeeks(2), 40),
                        new PlanDraft.GradedStep(TODAY.plusWeeks(2).plusDays(1), TODAY.plusWeeks(5), 60)),
                null, java.util.List.of(TODAY.plusWeeks(3)), false), "kari.koordinator");
        // A scored PHQ-9 (a paper form typed in), for QuestionnaireResponse and Observation.
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("phq9-" + i, Integer.toString(i % 4));
        }
        UUID responseId = recordResponse.record(created.personId(), java.util.List.of(pathway.id()), PHQ9, answers,
                "kari.koordinator").id();
        if (ties) {
            addNavToTeam.add(created.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
            grantConsent.grant(created.personId().value(), Party.EMPLOYER, employerOrg, InformationCategory.WORK_FUNCTION,
                    Purpose.FOLLOW_UP, null);
        }
        return new Subject(created, pathway, taskId, meetingId, responseId, clinic, gpHpr, family, health,
                nationalId.value());
    }

    record Subject(Referral referral, Pathway pathway, UUID taskId, UUID meetingId, UUID responseId, String clinic,
                   String gpHpr, String name, String healthMarker, String nationalId) {

        UUID personId() {
            return referral.personId().value();
        }

        /** The id this subject has for a resource type that has a read interaction, or null when it has none. */
        String idFor(String resourceType) {
            return switch (resourceType) {
                case "Patient" -> personId().toString();
                case "ServiceRequest" -> referral.id().toString();
                case "EpisodeOfCare" -> pathway.id().toString();
                case "Task" -> taskId.toString();
                case "QuestionnaireResponse", "Observation" -> responseId.toString();
                case "Organization" -> clinic;
                case "Practitioner" -> gpHpr;
                case "Appointment" -> meetingId.toString();
                case "CarePlan" -> pathway.id().toString();
                case "Questionnaire" -> "phq-9-1-0-0";
                default -> null;
            };
        }
    }

    static IBaseResource parse(HttpResponse<String> response) {
        return FHIR.newJsonParser().parseResource(response.body());
    }
}
