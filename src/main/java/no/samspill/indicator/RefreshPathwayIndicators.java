package no.samspill.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
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
 * Keeps the figures current. A change marks its pathway out of date ({@link #soon}, in the change's transaction:
 * called by {@link FollowIndicatorSources} on every event about the pathway, and by a study module after enrolment);
 * {@link #refreshStale} then recomputes each marked pathway's fact from the owning modules' public queries (as
 * internal processing, so no person's access log gets an entry for it) and applies the summed differences to the
 * aggregate cells. See decision 0010.
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
    private final StalePathways stale;
    private final ObjectProvider<RefreshPathwayIndicators> selfProvider;
    private final Clock clock;

    RefreshPathwayIndicators(PathwayQueries pathways, ReferralQueries referrals, PersonDirectory persons,
                             SickLeaveTimelines timelines, AssessmentQueries assessments, MeetingQueries meetings,
                             QuestionnaireQueries questionnaires, ObjectProvider<StudyArms> studyArms,
                             PathwayFacts facts, IndicatorCells cells, PersonDataAccess access, StalePathways stale,
                             ObjectProvider<RefreshPathwayIndicators> selfProvider, Clock clock) {
        this.stale = stale;
        this.selfProvider = selfProvider;
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

    /**
     * Marks the pathway's figures as out of date, in the caller's transaction (the change and its mark commit
     * together). The {@link IndicatorRefresher} recomputes them shortly after; the write path pays one insert.
     */
    public void soon(UUID pathwayId) {
        stale.mark(List.of(pathwayId), clock.instant());
    }

    /** {@link #soon(UUID)} for several pathways at once (one statement, e.g. for a group commit of responses). */
    public void soon(Collection<UUID> pathwayIds) {
        stale.mark(pathwayIds, clock.instant());
    }

    /**
     * Recomputes up to {@code max} marked pathways in one transaction, adding their differences up before they reach
     * the cells (so a busy month's rows are updated once per batch, not once per change). One drain at a time.
     *
     * @return how many pathways were taken
     */
    @Transactional
    public int refreshStale(int max) {
        stale.lockDrain();
        List<StalePathways.Mark> taken = stale.oldest(max);
        Map<CellKey, Long> delta = new HashMap<>();
        for (StalePathways.Mark mark : taken) {
            recompute(mark.pathwayId()).forEach((k, n) -> delta.merge(k, n, Long::sum));
        }
        delta.values().removeIf(n -> n == 0);
        cells.apply(delta);
        stale.remove(taken);
        return taken.size();
    }

    /** Recomputes every marked pathway (tests, and the demo clinic once it is built). */
    public void refreshAllStale() {
        while (self().refreshStale(DRAIN_BATCH) > 0) {
            // each batch commits on its own
        }
    }

    /** How many pathways wait for their figures to be recomputed (shown on the dashboard). */
    public long waiting() {
        return stale.count();
    }

    static final int DRAIN_BATCH = 500;

    private Map<CellKey, Long> recompute(UUID pathwayId) {
        Optional<FactInputs> inputs = access.asSystem(() -> inputs(pathwayId));
        if (inputs.isEmpty()) {
            return Map.of();
        }
        PathwayFact now = inputs.get().fact();
        PathwayFact old = facts.lockById(pathwayId).orElse(null);
        if (now.equals(old)) {
            return Map.of();
        }
        facts.save(now, clock.instant());
        return PathwayFact.delta(old, now);
    }

    private RefreshPathwayIndicators self() {
        return selfProvider.getObject();
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
        Map<MilestoneKind, FactInputs.Deadline> milestones = FactInputs.deadlines(timeline);
        List<LocalDate> held = meetings.ofPathway(pathwayId).stream().filter(m -> m.status() == MeetingStatus.HELD)
                .map(m -> LocalDate.ofInstant(m.startsAt(), Meeting.OSLO)).toList();
        Map<Integer, WorkStatus> work = new HashMap<>();
        pathways.workStatuses(pathwayId).forEach(w -> work.put(w.months(), w.status()));
        PathwayQuestionnaires q = questionnaires.scoresOfPathway(pathwayId, pathway.personId());
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
