package no.samspill.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.assessment.Assessment;
import no.samspill.instrument.InstrumentRef;
import no.samspill.assessment.RecordAssessment;
import no.samspill.calendar.WorkingDays;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingRequest;
import no.samspill.meeting.MeetingType;
import no.samspill.meeting.Minutes;
import no.samspill.meeting.Participant;
import no.samspill.meeting.RecordMeetingHeld;
import no.samspill.meeting.ScheduleMeeting;
import no.samspill.meeting.WriteMinutes;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.identifiers.HprNumber;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.MovePathway;
import no.samspill.pathway.Outcome;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayState;
import no.samspill.pathway.AssignCoordinator;
import no.samspill.pathway.RecordWorkStatus;
import no.samspill.pathway.WorkStatus;
import no.samspill.pathway.WorkStatusRecord;
import no.samspill.person.EmploymentDetails;
import no.samspill.person.PatientDetails;
import no.samspill.platform.AdjustableClock;
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
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;

/**
 * Generates one synthetic pathway at a time, acting at the dates the events would have happened. Deterministic for a
 * given seed, so every demo start shows the same clinic.
 */
final class DemoData {

    private static final List<String> FEMALE = List.of("Ingrid", "Kari", "Nora", "Emma", "Sara", "Hilde", "Marit",
            "Anne", "Silje", "Ida", "Thea", "Ragnhild", "Sigrid", "Maja", "Tone", "Linn", "Camilla", "Aisha", "Fatima");
    private static final List<String> MALE = List.of("Ola", "Lars", "Jonas", "Magnus", "Per", "Knut", "Arne", "Eirik",
            "Henrik", "Sindre", "Tor", "Bjørn", "Mohammed", "Ali", "Jan", "Geir", "Stian", "Tobias", "Kristian");
    private static final List<String> FAMILY = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
            "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen",
            "Ahmed", "Nguyen", "Solberg", "Moen", "Bakken");
    private static final List<String[]> EMPLOYERS = List.of(
            new String[] {"994000020", "Fjordbakst AS", "Baker"},
            new String[] {"994000039", "Nordlys Omsorg AS", "Helsefagarbeider"},
            new String[] {"994000047", "Kystlager AS", "Lagermedarbeider"},
            new String[] {"994000055", "Byggmester Berg AS", "Tømrer"},
            new String[] {"994000063", "Tromsø Regnskap AS", "Regnskapsfører"},
            new String[] {"994000071", "Fjellskolen (demo)", "Lærer"},
            new String[] {"994000098", "Havbruk Nord AS", "Driftsoperatør"},
            new String[] {"994000101", "Renhold Partner AS", "Renholder"},
            new String[] {"994000128", "Midtbyen Handel AS", "Butikkmedarbeider"},
            new String[] {"994000136", "Trøndelag Transport AS", "Sjåfør"});
    private static final List<String> ICPC_MUSCULOSKELETAL = List.of("L03", "L02", "L84", "L86", "L18", "L92", "L01");
    private static final List<String> ICPC_MENTAL = List.of("P76", "P74", "P02", "P29", "P03", "P06");
    private static final List<String> TRIED = List.of("Fysioterapi i 8 uker", "Samtaler hos fastlege",
            "Gradert sykmelding og tilrettelegging", "Smertestillende og aktivitetsråd", "Internettbasert KAT");
    private static final List<String> GOALS = List.of("Tilbake i full stilling", "Tilbake i redusert stilling først",
            "Finne ut om jeg kan fortsette i samme yrke", "Klare å jobbe uten smerter hver dag");

    private final Services services;
    private final SplittableRandom random;
    private final LocalDate today;
    private final ZoneId zone;

    DemoData(Services services, long seed, Clock clock) {
        this.services = services;
        this.random = new SplittableRandom(seed);
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
    }

    /** The use cases demo data is made with. */
    record Services(RegisterReferral registerReferral, TriageReferral triageReferral, PathwayQueries pathways,
                    MovePathway movePathway, ClosePathway closePathway, AssignCoordinator assignCoordinator,
                    AddTask addTask, RegisterSickLeavePeriod registerSickLeave, RecordMilestoneMet recordMilestoneMet,
                    SickLeaveTimelines timelines, AddNavToTeam addNavToTeam, GrantConsent grantConsent,
                    Collaboration collaboration) {
    }

    /** The use cases the assessment, meetings and plan of the demo are made with. */
    record Collaboration(RecordAssessment recordAssessment, ScheduleMeeting scheduleMeeting,
                         RecordMeetingHeld meetingHeld, WriteMinutes writeMinutes, PublishPlanVersion publishPlan,
                         RecordWorkStatus recordWorkStatus, no.samspill.questionnaire.RecordResponse recordResponse) {
    }

    void createPathway(int index) {
        String clinic = index % 4 == 3 ? DemoAccounts.CLINIC_MIDT : DemoAccounts.CLINIC_NORD;
        List<CurrentUser> coordinators = DemoAccounts.coordinatorsOf(clinic);
        CurrentUser coordinator = coordinators.get(random.nextInt(coordinators.size()));
        // A few pathways stay without coordinator, so the "unassigned" list has something in it.
        boolean unassigned = index % 29 == 28;
        // Pathway 0 is the demo patient's own (pia.pasient), in follow-up, with the demo leader, GP and NAV office.
        boolean demoPatient = index == 0;
        LocalDate received = today.minusDays(demoPatient ? 75 : skewedDaysBack());
        while (!WorkingDays.isWorkingDay(received)) {
            received = received.minusDays(1);
        }
        Sex sex = demoPatient || random.nextInt(100) < 58 ? Sex.FEMALE : Sex.MALE;
        LocalDate born = today.minusYears(22 + random.nextInt(42)).minusDays(random.nextInt(365));
        NationalIdNumber nationalId = demoPatient ? NationalIdNumber.parse(DemoAccounts.PATIENT_NATIONAL_ID)
                : SyntheticNationalIds.generate(born, sex, random);
        ComplaintGroup group = pick(List.of(ComplaintGroup.MUSCULOSKELETAL, ComplaintGroup.MUSCULOSKELETAL,
                ComplaintGroup.COMMON_MENTAL, ComplaintGroup.COMMON_MENTAL, ComplaintGroup.BOTH));
        String code = group == ComplaintGroup.COMMON_MENTAL ? pick(ICPC_MENTAL) : pick(ICPC_MUSCULOSKELETAL);
        boolean onLeave = random.nextInt(100) < 85;
        boolean graded = onLeave && random.nextInt(100) < 35;
        LocalDate sickSince = received.minusDays(14 + random.nextInt(100));
        String[] employer = demoPatient ? EMPLOYERS.get(0) : pick(EMPLOYERS);
        String given = demoPatient ? "Pia" : sex == Sex.FEMALE ? pick(FEMALE) : pick(MALE);
        String family = demoPatient ? "Pasient" : pick(FAMILY);
        // The demo nearest leader (lars.leder) leads everyone at his employer; the demo GP referred every fifth patient.
        String leaderUsername = employer[0].equals(DemoAccounts.LEADER_EMPLOYER) ? "lars.leder" : null;
        boolean byDemoGp = demoPatient || (clinic.equals(DemoAccounts.CLINIC_NORD) && index % 5 == 1);

        NewReferral referral = new NewReferral(clinic,
                byDemoGp ? new Referrer(ReferrerKind.GP, "Gunnar Fastlege", HprNumber.parse(DemoAccounts.GP_HPR),
                        DemoAccounts.GP_OFFICE_NAME)
                        : new Referrer(ReferrerKind.GP, "Dr. " + pick(MALE) + " " + pick(FAMILY),
                        HprNumber.parse(String.valueOf(1_000_000 + random.nextInt(8_999_999))), "Byens legesenter"),
                new PatientDetails(nationalId, given, family, "4" + (1000000 + random.nextInt(8999999)), null),
                new EmploymentDetails(OrganisationNumber.parse(employer[0]), employer[1], employer[2],
                        leaderUsername != null ? "Lars Leder" : pick(FEMALE) + " " + pick(FAMILY),
                        "9" + (1000000 + random.nextInt(8999999)), null, leaderUsername),
                received,
                onLeave ? new ReferredSickLeave(graded ? SickLeaveStatus.PARTIAL : SickLeaveStatus.FULL,
                        graded ? pick(List.of(20, 40, 50, 60)) : 100, sickSince) : ReferredSickLeave.none(),
                group, new DiagnosisCode(DiagnosisCode.System.ICPC2, code), pick(TRIED), pick(GOALS),
                unassigned ? null : coordinator.username());
        String registeredBy = unassigned ? "lise.kliniker" : coordinator.username();
        Referral created = at(received, 9, () -> services.registerReferral().register(referral, registeredBy));
        Pathway pathway = services.pathways().byReferral(created.id()).orElseThrow();
        if (onLeave) {
            LocalDate leaveEnd = received.plusWeeks(4 + random.nextInt(30));
            at(received, 10, () -> services.registerSickLeave().register(created.personId(), sickSince,
                    leaveEnd.isAfter(today.plusMonths(6)) ? today.plusMonths(6) : leaveEnd,
                    graded ? referral.sickLeave().grade() : 100, registeredBy));
        }

        // Triage within (usually) 10 working days; the most recent referrals are still waiting.
        LocalDate decided = WorkingDays.addWorkingDays(received, 2 + random.nextInt(random.nextInt(100) < 8 ? 14 : 9));
        if (decided.isAfter(today)) {
            return;
        }
        int roll = random.nextInt(100);
        TriageDecision decision = demoPatient || roll < 86
                ? new TriageDecision(TriageOutcome.RIGHT_TO_CARE, decided.plusWeeks(3 + random.nextInt(4)), null)
                : roll < 93 ? new TriageDecision(TriageOutcome.NO_RIGHT, null,
                        "Plagene er best fulgt opp i primærhelsetjenesten; fastlege kan henvise på nytt ved endring.")
                : new TriageDecision(TriageOutcome.MORE_INFORMATION_NEEDED, null,
                        "Trenger opplysninger om sykmeldingsgrad og hva som er prøvd.");
        at(decided, 11, () -> services.triageReferral().triage(created.id(), 0, decision, registeredBy));
        if (decision.outcome() != TriageOutcome.RIGHT_TO_CARE) {
            return;
        }
        if (clinic.equals(DemoAccounts.CLINIC_NORD) && (demoPatient || random.nextInt(100) < 50)) {
            at(decided, 12, () -> {
                services.addNavToTeam().add(created.personId().value(), OrganisationNumber.parse(DemoAccounts.NAV_OFFICE));
                return null;
            });
        }
        if (demoPatient || random.nextInt(100) < 30) {
            at(decided, 12, () -> services.grantConsent().grant(created.personId().value(), Party.EMPLOYER,
                    employer[0], InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null));
        }
        if (unassigned) {
            return;
        }
        String actor = coordinator.username();
        LocalDate assessment = decided.plusDays(7 + random.nextInt(20));
        LocalDate followUp = assessment.plusDays(7 + random.nextInt(21));
        LocalDate closing = demoPatient ? today.plusDays(30) : followUp.plusDays(60 + random.nextInt(120));
        if (!assessment.isAfter(today)) {
            move(pathway, assessment, PathwayState.IN_ASSESSMENT, actor);
        }
        if (!followUp.isAfter(today)) {
            move(pathway, followUp, PathwayState.IN_FOLLOW_UP, actor);
            markMilestones(created, followUp, actor);
        }
        if (!assessment.isAfter(today)) {
            recordWorkStatus(pathway, assessment, actor);
            if (index % 5 != 4) {
                answerQuestionnaires(created, pathway, assessment, closing, actor);
            }
        }
        if (!closing.isAfter(today)) {
            Outcome outcome = pick(List.of(Outcome.BACK_AT_WORK_FULL, Outcome.BACK_AT_WORK_FULL,
                    Outcome.BACK_AT_WORK_FULL, Outcome.BACK_AT_WORK_PARTIAL, Outcome.BACK_AT_WORK_PARTIAL,
                    Outcome.NEW_JOB, Outcome.EDUCATION, Outcome.WORK_ASSESSMENT_ALLOWANCE));
            Pathway current = services.pathways().byId(pathway.id()).orElseThrow();
            at(closing, 14, () -> services.closePathway().close(current.id(), current.version(), outcome, null, actor));
            return;
        }
        addTasks(pathway, actor);
        // The demo patient's pathway and some others in follow-up: assessment, a held collaboration meeting with
        // minutes (a task for the nearest leader) and a plan version waiting for acknowledgement.
        if (!followUp.isAfter(today) && (demoPatient || index % 6 == 2)) {
            collaborate(pathway, assessment, followUp, leaderUsername != null ? leaderUsername : actor, actor);
        }
    }

    private void collaborate(Pathway pathway, LocalDate assessedOn, LocalDate meetingDay, String leaderTaskOwner,
                             String actor) {
        Collaboration c = services.collaboration();
        at(assessedOn, 15, () -> c.recordAssessment().record(pathway.id(), null,
                "Langvarige smerter og søvnvansker; moderat belastning i hverdagen.",
                new Assessment.WorkAssessment(null, "Kan jobbe deler av dagen med lettere oppgaver",
                        "Unngå tunge løft over 10 kg de neste ukene", "Stående arbeid, løft og tidspress i perioder",
                        "Motivert for å komme tilbake", false, true, false, "Trenger avklaring av oppgaver med leder",
                        true, Assessment.AbleToWork.WITH_ADJUSTMENTS, Assessment.WorkBenefit.YES,
                        "Gradert retur med tilrettelegging anbefales",
                        java.util.Set.of(Assessment.NextStep.WORK_REHABILITATION)),
                "Kartlagt tverrfaglig. Anbefaler gradert retur til arbeid med tilrettelegging.", assessedOn, actor));
        Meeting meeting = at(assessedOn, 16, () -> c.scheduleMeeting().schedule(pathway.id(), new MeetingRequest(
                MeetingType.COLLABORATION, meetingDay.atTime(10, 0), 60, "Klinikken, møterom 2", null, List.of(
                new Participant(Participant.Role.PATIENT, "Pasienten", null, null),
                new Participant(Participant.Role.NEAREST_LEADER, "Nærmeste leder", leaderTaskOwner, null),
                new Participant(Participant.Role.CLINICIAN, "Koordinator", actor, null))), actor));
        Meeting held = at(meetingDay, 12, () -> c.meetingHeld().held(meeting.id(), meeting.version(), actor));
        LocalDate due = today.plusDays(7);
        at(meetingDay, 13, () -> c.writeMinutes().write(held.id(), held.version(), new Minutes(
                "Gjennomgang av kartleggingen og mulighetene på arbeidsplassen.",
                "Gradert retur fra neste uke, med lettere oppgaver de første ukene.", null,
                List.of(new Minutes.MinuteTask("Avklar lettere arbeidsoppgaver", leaderTaskOwner, due, null)), true),
                true, actor));
        LocalDate from = meetingDay.plusDays(3);
        at(meetingDay, 15, () -> c.publishPlan().publish(pathway.id(), 0, new PlanDraft(
                "Tilbake i full stilling innen åtte uker",
                List.of(new PlanDraft.Adjustment("Lettere oppgaver, ingen tunge løft", "Nærmeste leder", from,
                        from.plusWeeks(4))),
                List.of(new PlanDraft.GradedStep(from, from.plusWeeks(2).minusDays(1), 40),
                        new PlanDraft.GradedStep(from.plusWeeks(2), from.plusWeeks(4).minusDays(1), 60),
                        new PlanDraft.GradedStep(from.plusWeeks(4), from.plusWeeks(8), 100)),
                "Vurdere arbeidsrettet tiltak hvis opptrappingen stopper opp", List.of(from.plusWeeks(4)), false),
                actor));
    }

    /** Work status at 3, 6 and 12 months after the assessment, where that day has come; most are recorded. */
    private void recordWorkStatus(Pathway pathway, LocalDate assessedOn, String actor) {
        for (int months : WorkStatusRecord.FOLLOW_UP_MONTHS) {
            LocalDate on = assessedOn.plusMonths(months);
            if (on.isAfter(today) || random.nextInt(100) >= 85) {
                continue;
            }
            int roll = random.nextInt(100);
            WorkStatus status = roll < 45 ? WorkStatus.FULL : roll < 70 ? WorkStatus.PARTIAL
                    : roll < 82 ? WorkStatus.NOT_WORKING : roll < 88 ? WorkStatus.EDUCATION : WorkStatus.AAP;
            at(on, 14, () -> services.collaboration().recordWorkStatus().record(pathway.id(), months, status, on,
                    null, actor));
        }
    }

    /**
     * PHQ-9, GAD-7 and the Work Ability Score at the assessment (baseline) and three and six months later, as paper
     * forms typed in by the coordinator, while the pathway is open. Most patients get better, some do not.
     */
    private void answerQuestionnaires(Referral referral, Pathway pathway, LocalDate baseline, LocalDate closing,
                                      String actor) {
        int start = 1 + random.nextInt(3);          // mean item score at baseline: 1–3 (mild to severe)
        boolean improves = random.nextInt(100) < 70;
        for (int months : new int[] {0, 3, 6}) {
            LocalDate on = baseline.plusMonths(months);
            if (on.isAfter(today) || !on.isBefore(closing)) {
                return;
            }
            double level = Math.max(0, improves ? start - months * (0.25 + random.nextDouble() * 0.2) : start);
            record(referral, pathway, on, "phq-9", "phq9-", 9, 3, level, actor);
            record(referral, pathway, on, "gad-7", "gad7-", 7, 3, level, actor);
            int ability = (int) Math.round(Math.min(10, Math.max(0, 8 - level * 2 + random.nextInt(3) - 1)));
            at(on, 10, () -> services.collaboration().recordResponse().record(referral.personId(),
                    List.of(pathway.id()), new InstrumentRef(QUESTIONNAIRES + "work-ability-score", "1.0.0"),
                    java.util.Map.of("was-1", Integer.toString(ability)), actor));
        }
    }

    private static final String QUESTIONNAIRES = "https://samspill.no/fhir/Questionnaire/";

    private void record(Referral referral, Pathway pathway, LocalDate on, String instrument, String prefix, int items,
                        int max, double level, String actor) {
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= items; i++) {
            long value = Math.round(level + random.nextDouble() * 1.2 - 0.6);
            answers.put(prefix + i, Long.toString(Math.max(0, Math.min(max, value))));
        }
        at(on, 10, () -> services.collaboration().recordResponse().record(referral.personId(), List.of(pathway.id()),
                new InstrumentRef(QUESTIONNAIRES + instrument, "1.0.0"), answers, actor));
    }

    private void move(Pathway pathway, LocalDate on, PathwayState state, String actor) {
        Pathway current = services.pathways().byId(pathway.id()).orElseThrow();
        at(on, 13, () -> services.movePathway().moveTo(current.id(), current.version(), state, actor));
    }

    private void markMilestones(Referral referral, LocalDate by, String actor) {
        for (TimelineMilestone m : services.timelines().timeline(referral.personId(), by).milestones()) {
            boolean plannable = m.kind() == MilestoneKind.FOLLOW_UP_PLAN || m.kind() == MilestoneKind.DIALOGUE_MEETING_1;
            if (plannable && !m.dueDate().isAfter(by) && random.nextInt(100) < 70) {
                LocalDate metOn = m.dueDate().minusDays(random.nextInt(6));
                at(by, 15, () -> {
                    services.recordMilestoneMet().record(referral.personId(), m.kind(), metOn, actor);
                    return null;
                });
            }
        }
    }

    private void addTasks(Pathway pathway, String actor) {
        List<String> titles = List.of("Ring pasienten etter første time", "Innkall til samhandlingsmøte",
                "Send oppsummering til fastlege", "Avklar tilrettelegging med nærmeste leder", "Følg opp NAV-tiltak");
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String owner = random.nextInt(100) < 75 ? actor : "lise.kliniker";
            LocalDate due = today.plusDays(random.nextInt(21) - 7);
            LocalDate notBefore = pathway.openedOn();
            services.addTask().add(pathway.id(), pick(titles), owner, due.isBefore(notBefore) ? notBefore : due, actor);
        }
    }

    /** More recent referrals than old ones, back to about a year. */
    private int skewedDaysBack() {
        double u = random.nextDouble();
        return (int) (u * u * 330);
    }

    private <T> T at(LocalDate date, int hour, java.util.function.Supplier<T> work) {
        return AdjustableClock.at(date.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(zone).toInstant(), work);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
