package no.samspill.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.samspill.person.PersonId;
import no.samspill.questionnaire.AssignInstruments;
import no.samspill.questionnaire.Schedule;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.MilestoneStatus;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@WithUserDetails("kari.koordinator")
class ReferralToWorklistIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired TriageReferral triageReferral;
    @Autowired PathwayQueries pathways;
    @Autowired MovePathway movePathway;
    @Autowired ClosePathway closePathway;
    @Autowired RegisterSickLeavePeriod registerSickLeave;
    @Autowired RecordMilestoneMet recordMilestoneMet;
    @Autowired AddTask addTask;
    @Autowired CompleteTask completeTask;
    @Autowired Worklist worklist;
    @Autowired AssignCoordinator assignCoordinator;
    @Autowired AssignInstruments assignInstruments;
    @Autowired SickLeaveTimelines timelines;

    @Test
    void aTriagedReferralPutsTheStatutoryMilestonesOnTheCoordinatorsWorklist() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        assertThat(pathway.state()).isEqualTo(PathwayState.REFERRED);
        assertThat(pathway.coordinator()).isEqualTo("kari.koordinator");

        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4), null), "kari.koordinator");
        assertThat(pathways.byId(pathway.id()).orElseThrow().state()).isEqualTo(PathwayState.TRIAGED);

        // Sick since five weeks ago: plan (week 4) is overdue, DM1 (week 7) due in two weeks.
        PersonId person = referral.personId();
        registerSickLeave.register(person, TODAY.minusWeeks(5), TODAY.plusWeeks(4), 100, "kari.koordinator");

        WorklistPage all = worklist.of("kari.koordinator", WorklistScope.ALL, WorklistKind.MILESTONE, false, 0, 200, TODAY);
        assertThat(all.items()).filteredOn(i -> i.pathwayId().equals(pathway.id()))
                .extracting(WorklistItem::ref)
                .contains(MilestoneKind.FOLLOW_UP_PLAN.name(), MilestoneKind.DIALOGUE_MEETING_1.name());
        WorklistPage overdue = worklist.of("kari.koordinator", WorklistScope.OVERDUE, null, false, 0, 200, TODAY);
        assertThat(overdue.items()).filteredOn(i -> i.pathwayId().equals(pathway.id()))
                .extracting(WorklistItem::ref).containsExactly(MilestoneKind.FOLLOW_UP_PLAN.name());
        assertThat(overdue.items()).allMatch(WorklistItem::overdue);
        assertThat(overdue.items()).filteredOn(i -> i.pathwayId().equals(pathway.id()))
                .extracting(WorklistItem::patientName).containsOnly("Testa Testesen");

        recordMilestoneMet.record(person, MilestoneKind.FOLLOW_UP_PLAN, TODAY.minusDays(2), "kari.koordinator");
        assertThat(worklist.of("kari.koordinator", WorklistScope.OVERDUE, null, false, 0, 200, TODAY).items())
                .noneMatch(i -> i.pathwayId().equals(pathway.id()));
    }

    @Test
    void milestonesAfterTheLeaveEndsLeaveTheWorklistAndGradedLeaveMeetsTheActivityRequirement() {
        Pathway pathway = triagedPathway();
        PersonId person = pathway.personId();
        LocalDate start = TODAY.minusWeeks(5);

        // Full leave from five weeks ago to one week ahead: DM1 (week 7) and the later ones fall after the last sick
        // day. They are on the worklist while the leave lasts and leave it by themselves the day after.
        registerSickLeave.register(person, start, TODAY.plusWeeks(1), 100, "kari.koordinator");
        LocalDate lastSickDay = TODAY.plusWeeks(1);
        assertThat(milestoneRefs(pathway, TODAY)).contains(MilestoneKind.FOLLOW_UP_PLAN.name(),
                MilestoneKind.DIALOGUE_MEETING_1.name(), MilestoneKind.DIALOGUE_MEETING_2.name());
        assertThat(milestoneRefs(pathway, lastSickDay)).contains(MilestoneKind.DIALOGUE_MEETING_2.name());
        assertThat(milestoneRefs(pathway, lastSickDay.plusDays(1)))
                .containsExactly(MilestoneKind.FOLLOW_UP_PLAN.name());
        // Never the informational dates.
        assertThat(milestoneRefs(pathway, TODAY)).doesNotContain(MilestoneKind.EMPLOYER_PERIOD_END.name(),
                MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE.name(), MilestoneKind.MAX_DATE.name());

        // 40 % from the day after that to week 10: graded on the week-8 day, so the activity requirement is met and
        // leaves the worklist. DM1 stays: the person was fully sick-listed in the first weeks, so the employer still
        // calls it by week 7 although the leave is graded on its day.
        registerSickLeave.register(person, TODAY.plusWeeks(1).plusDays(1), start.plusWeeks(10), 40,
                "kari.koordinator");
        assertThat(milestoneRefs(pathway, TODAY)).contains(MilestoneKind.FOLLOW_UP_PLAN.name(),
                        MilestoneKind.DIALOGUE_MEETING_1.name())
                .doesNotContain(MilestoneKind.ACTIVITY_REQUIREMENT.name());
        var timeline = timelines.timeline(person, TODAY);
        assertThat(timeline.milestones()).filteredOn(m -> m.kind() == MilestoneKind.ACTIVITY_REQUIREMENT)
                .extracting(TimelineMilestone::status).containsExactly(MilestoneStatus.MET_BY_GRADED_LEAVE);
    }

    @Test
    void gradedLeaveFromTheFirstDayLeavesDialogueMeeting1OnRequestUntilAFullySickListedDayBeforeWeek7() {
        Pathway pathway = triagedPathway();
        PersonId person = pathway.personId();
        LocalDate start = TODAY.minusWeeks(5);

        // 50 % from five weeks ago to week 12: never fully sick-listed up to week 7, so DM1 is held only on request.
        registerSickLeave.register(person, start, start.plusWeeks(12), 50, "kari.koordinator");
        assertThat(milestoneRefs(pathway, TODAY)).contains(MilestoneKind.FOLLOW_UP_PLAN.name())
                .doesNotContain(MilestoneKind.DIALOGUE_MEETING_1.name());
        assertThat(dialogueMeeting1(person)).isEqualTo(MilestoneStatus.ON_REQUEST);
        String item = timelineItem(new Browser(port).logIn("kari.koordinator").get("/forlop/" + pathway.id()).body(),
                MilestoneKind.DIALOGUE_MEETING_1);
        assertThat(item).contains("Dialogmøte 1", "Ved behov – gradert sykmeldt til uke 7",
                "dialogmøte 1 holdes bare hvis", "Marker som oppfylt").doesNotContain("Forfalt", "Forfaller snart");

        // A fully sick-listed week in week 6: DM1 (in two weeks) is a deadline again, on the worklist and the page.
        registerSickLeave.register(person, start.plusWeeks(5), start.plusWeeks(6).minusDays(1), 100,
                "kari.koordinator");
        assertThat(milestoneRefs(pathway, TODAY)).contains(MilestoneKind.DIALOGUE_MEETING_1.name());
        assertThat(dialogueMeeting1(person)).isEqualTo(MilestoneStatus.UPCOMING);
        assertThat(timelineItem(new Browser(port).logIn("kari.koordinator").get("/forlop/" + pathway.id()).body(),
                MilestoneKind.DIALOGUE_MEETING_1)).contains("Kommende").doesNotContain("Ved behov");
    }

    /** A new referral triaged with a right to care: its pathway, coordinated by kari.koordinator. */
    private Pathway triagedPathway() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4), null), "kari.koordinator");
        return pathways.byReferral(referral.id()).orElseThrow();
    }

    private MilestoneStatus dialogueMeeting1(PersonId person) {
        return timelines.timeline(person, TODAY).milestones().stream()
                .filter(m -> m.kind() == MilestoneKind.DIALOGUE_MEETING_1).map(TimelineMilestone::status)
                .findFirst().orElseThrow();
    }

    /** The pathway page's timeline entry for one milestone (its list item, up to the next). */
    private static String timelineItem(String page, MilestoneKind kind) {
        int from = page.indexOf("id=\"milepel-" + kind.name() + "\"");
        assertThat(from).as("timeline entry %s", kind).isPositive();
        int to = page.indexOf("</li>", from);
        return page.substring(from, to);
    }

    private List<String> milestoneRefs(Pathway pathway, LocalDate today) {
        return worklist.of("kari.koordinator", WorklistScope.ALL, WorklistKind.MILESTONE, false, 0, 200, today).items()
                .stream().filter(i -> i.pathwayId().equals(pathway.id())).map(WorklistItem::ref).toList();
    }

    @Test
    void aNewCoordinatorTakesOverTheDueQuestionnaireRounds() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        assignInstruments.assign(pathway.id(), referral.personId(), List.of("phq-9"),
                Schedule.custom(List.of(TODAY.plusDays(1), TODAY.plusMonths(3))), "kari.koordinator");
        assertThat(questionnaireRows("kari.koordinator", pathway)).hasSize(2);

        assignCoordinator.assign(pathway.id(), pathway.version(), "ola.koordinator", "kari.koordinator");

        assertThat(questionnaireRows("kari.koordinator", pathway)).isEmpty();
        assertThat(questionnaireRows("ola.koordinator", pathway)).hasSize(2)
                .extracting(WorklistItem::dueDate).containsExactlyInAnyOrder(TODAY.plusDays(1), TODAY.plusMonths(3));
    }

    private List<WorklistItem> questionnaireRows(String owner, Pathway pathway) {
        return worklist.of(owner, WorklistScope.ALL, WorklistKind.QUESTIONNAIRE, false, 0, 500, TODAY).items().stream()
                .filter(i -> i.pathwayId().equals(pathway.id())).toList();
    }

    @Test
    void pagingThroughItemsDueTheSameDayShowsEachExactlyOnceInEitherOrder() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        List<String> refs = java.util.stream.IntStream.range(0, 3).mapToObj(i -> addTask.add(pathway.id(),
                "Samme dag " + i, "lise.kliniker", TODAY.plusDays(3), "kari.koordinator").id().toString()).toList();

        for (boolean latestFirst : List.of(false, true)) {
            List<String> seen = new java.util.ArrayList<>();
            WorklistPage page;
            int pageNo = 0;
            do {
                page = worklist.of("lise.kliniker", WorklistScope.ALL, WorklistKind.TASK, latestFirst, pageNo++, 1, TODAY);
                page.items().stream().filter(i -> i.pathwayId().equals(pathway.id())).map(WorklistItem::ref)
                        .forEach(seen::add);
            } while (page.hasNext());
            assertThat(seen).as("latest first: " + latestFirst).containsExactlyInAnyOrderElementsOf(refs);
        }
    }

    @Test
    void aPageBeyondEveryOffsetIsEmptyNotAnError() {
        assertThat(worklist.of("lise.kliniker", WorklistScope.ALL, null, false, Integer.MAX_VALUE, 200, TODAY).items())
                .isEmpty();
    }

    @Test
    void tasksAppearOnTheOwnersWorklistUntilDone() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        PathwayTask task = addTask.add(pathway.id(), "Ring pasienten", "lise.kliniker", TODAY.plusDays(2), "kari.koordinator");

        assertThat(worklist.of("lise.kliniker", WorklistScope.WEEK, WorklistKind.TASK, false, 0, 50, TODAY).items())
                .extracting(WorklistItem::ref).contains(task.id().toString());

        completeTask.complete(task.id(), task.version(), "lise.kliniker");
        assertThat(worklist.of("lise.kliniker", WorklistScope.ALL, null, false, 0, 50, TODAY).items())
                .extracting(WorklistItem::ref).doesNotContain(task.id().toString());
    }

    @Test
    void illegalMovesAndStaleVersionsAreRefused() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();

        assertThatThrownBy(() -> movePathway.moveTo(pathway.id(), pathway.version(), PathwayState.IN_FOLLOW_UP, "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("Henvisningen er ikke vurdert");

        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.RIGHT_TO_CARE, TODAY.plusWeeks(4), null), "kari.koordinator");
        Pathway triaged = pathways.byId(pathway.id()).orElseThrow();
        assertThatThrownBy(() -> movePathway.moveTo(pathway.id(), triaged.version(), PathwayState.IN_FOLLOW_UP, "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("kan ikke gå fra");
        movePathway.moveTo(pathway.id(), triaged.version(), PathwayState.IN_ASSESSMENT, "kari.koordinator");

        // A second user still holding the old version is refused instead of overwriting.
        assertThatThrownBy(() -> closePathway.close(pathway.id(), triaged.version(), Outcome.NEW_JOB, null, "ola.koordinator"))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void noRightToCareClosesThePathwayWithoutOutcome() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        triageReferral.triage(referral.id(), 0,
                new TriageDecision(TriageOutcome.NO_RIGHT, null, "Tilstanden er best fulgt opp i primærhelsetjenesten"),
                "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        assertThat(pathway.state()).isEqualTo(PathwayState.CLOSED);
        assertThat(pathway.outcome()).isNull();
        assertThat(worklist.of("kari.koordinator", WorklistScope.ALL, null, false, 0, 200, TODAY).items())
                .noneMatch(i -> i.pathwayId().equals(pathway.id()));
    }
}
