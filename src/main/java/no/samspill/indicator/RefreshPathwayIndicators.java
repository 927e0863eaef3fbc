package no.samspill.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.assessment.Assessment;
import no.samspill.assessment.AssessmentQueries;
import no.samspill.instrument.ChangeRules;
import no.samspill.meeting.Meeting;
import no.samspill.meeting.MeetingQueries;
import no.samspill.meeting.MeetingStatus;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayState;
import no.samspill.pathway.WorkStatus;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.questionnaire.PathwayQuestionnaires;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.ReferralStatus;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes one pathway's fact from the owning modules' public queries (as internal processing, so no person's
 * access log gets an entry for it) and applies the difference to the aggregate cells, in the caller's transaction.
 * Called by {@link FollowIndicatorSources} on every event about the pathway, and by a study module after enrolment.
 */
@Service
public class RefreshPathwayIndicators {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final PathwayQueries pathways;
    private final ReferralQueries referrals;
    private final PersonDirectory persons;
    private final SickLeaveTimelines timelines;
    private final AssessmentQueries assessments;
    private final MeetingQueries meetings;
    private final QuestionnaireQueries questionnaires;
    private final ObjectProvider<StudyArms> studyArms;
    private final PathwayFacts facts;
    private final IndicatorCells cells;
    private final PersonDataAccess access;
    private final Clock clock;

    RefreshPathwayIndicators(PathwayQueries pathways, ReferralQueries referrals, PersonDirectory persons,
                             SickLeaveTimelines timelines, AssessmentQueries assessments, MeetingQueries meetings,
                             QuestionnaireQueries questionnaires, ObjectProvider<StudyArms> studyArms,
                             PathwayFacts facts, IndicatorCells cells, PersonDataAccess access, Clock clock) {
        this.pathways = pathways;
        this.referrals = referrals;
        this.persons = persons;
        this.timelines = timelines;
        this.assessments = assessments;
        this.meetings = meetings;
        this.questionnaires = questionnaires;
        this.studyArms = studyArms;
        this.facts = facts;
        this.cells = cells;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void forPathway(UUID pathwayId) {
        Optional<FactInputs> inputs = access.asSystem(() -> inputs(pathwayId));
        if (inputs.isEmpty()) {
            return;
        }
        PathwayFact now = inputs.get().fact();
        PathwayFact old = facts.lockById(pathwayId).orElse(null);
        if (now.equals(old)) {
            return;
        }
        facts.save(now, clock.instant());
        cells.apply(PathwayFact.delta(old, now));
    }

    private Optional<FactInputs> inputs(UUID pathwayId) {
        Optional<Pathway> found = pathways.byId(pathwayId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pathway pathway = found.get();
        Referral referral = referrals.byId(pathway.referralId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Optional<Patient> patient = persons.patient(pathway.personId());
        boolean decided = !referral.status().awaitingDecision();
        SickLeaveTimeline timeline = timelines.timeline(pathway.personId(), today);
        Map<MilestoneKind, FactInputs.Deadline> milestones = new EnumMap<>(MilestoneKind.class);
        timeline.milestones().forEach(m -> milestones.put(m.kind(), new FactInputs.Deadline(m.dueDate(), m.metOn())));
        List<LocalDate> held = meetings.ofPathway(pathwayId).stream().filter(m -> m.status() == MeetingStatus.HELD)
                .map(m -> LocalDate.ofInstant(m.startsAt(), Meeting.OSLO)).toList();
        Map<Integer, WorkStatus> work = new HashMap<>();
        pathways.workStatuses(pathwayId).forEach(w -> work.put(w.months(), w.status()));
        PathwayQuestionnaires q = questionnaires.ofPathway(pathwayId, pathway.personId());
        return Optional.of(new FactInputs(pathwayId, pathway.clinicOrgNumber(), referral.receivedOn(),
                referral.complaintGroup().name(), patient.map(p -> p.nationalId().birthDate()).orElse(null),
                patient.map(p -> p.nationalId().sex()).orElse(null),
                studyArms.getIfUnique(() -> StudyArms.NONE).armOf(pathwayId).orElse(""), referral.voided(),
                referral.assessmentDeadline(), decided ? referral.decidedOn() : null,
                referral.status() == ReferralStatus.RIGHT_TO_CARE,
                pathway.state() == PathwayState.CLOSED && pathway.outcome() == null,
                assessments.full(pathwayId).map(Assessment::assessedOn).orElse(null), held,
                timeline.casePeriod().map(cp -> cp.start()).orElse(null),
                timeline.casePeriod().map(cp -> cp.sickDays()).orElse(null), milestones, work, outcome(q),
                change(q, "wsas"), change(q, "work-ability-score"),
                q.scores().stream().anyMatch(s -> s.complete()),
                q.measures().stream().anyMatch(m -> m.trajectory().hasChange())));
    }

    private static ChangeRules.Outcome outcome(PathwayQuestionnaires q) {
        return q.outcome();
    }

    private static Integer change(PathwayQuestionnaires q, String instrument) {
        return q.measures().stream().filter(m -> m.instrument().id().equals(instrument))
                .map(PathwayQuestionnaires.Measure::trajectory).filter(t -> t.hasChange())
                .map(t -> t.change()).findFirst().orElse(null);
    }
}
