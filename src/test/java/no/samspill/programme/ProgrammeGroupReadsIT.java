package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.InvalidInputException;
import no.samspill.support.IntegrationTest;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overview, the run view, the cohort report, the due follow-ups and the postponement read a group of workplaces
 * and runs at once; on PostgreSQL, with several workplaces and runs, they show what reading each workplace and run on
 * its own shows.
 */
@IntegrationTest
class ProgrammeGroupReadsIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ProgrammeQueries queries;

    @Autowired
    CreateCohort createCohort;

    @Autowired
    EnrolWorkplace enrol;

    @Autowired
    UpdateStep updateStep;

    @Autowired
    RecordSickLeave recordSickLeave;

    @Autowired
    SetReviewDate setReviewDate;

    @Autowired
    WithdrawWorkplace withdraw;

    @Autowired
    RandomiseCohort randomise;

    @Autowired
    PostponeRun postpone;

    Run enrolled(String name, int headcount, UUID cohortId, LocalDate firstSession, List<ContactPerson> contacts,
                 List<HealthContributor> contributors) {
        return enrol.enrol(new NewWorkplace(ProgrammeEnrolmentIT.freshOrgNumber(), name, "PRIVATE",
                String.valueOf(headcount), cohortId == null ? null : cohortId.toString(), "STANDARD",
                firstSession.toString(), contacts, contributors), "nina.nav");
    }

    Run enrolled(String name, int headcount, UUID cohortId, LocalDate firstSession) {
        return enrolled(name, headcount, cohortId, firstSession,
                List.of(new ContactPerson("Kontakt " + name, null, "kontakt@example.no", null)), List.of());
    }

    void deliver(Run run, int steps, int attendance) {
        for (Step s : queries.view(run).steps().subList(0, steps)) {
            updateStep.update(s.id(), new StepUpdate(s.version(), s.plannedOn().toString(), s.plannedOn().toString(),
                    String.valueOf(attendance), null));
        }
    }

    @Test
    void theCohortReportAndTheOverviewShowWhatEachWorkplaceShowsOnItsOwn() {
        UUID cohortId = createCohort.create("Gruppelesing", "Test", TODAY.minusDays(30).toString(), "nina.nav").id();
        List<ContactPerson> twoContacts = List.of(
                new ContactPerson("Anne Første", "Leder", "anne@example.no", null),
                new ContactPerson("Bjørn Andre", null, null, "91234567"));
        List<HealthContributor> contributors = List.of(new HealthContributor("Fysio Terapeut", "Fysioterapeut", null));
        Run a = enrolled("Gruppe A", 40, cohortId, TODAY.minusDays(20), twoContacts, contributors);
        Run b = enrolled("Gruppe B", 12, cohortId, TODAY.minusDays(10));
        Run c = enrolled("Gruppe C", 8, cohortId, TODAY.plusDays(5));
        Run d = enrolled("Gruppe D", 3, cohortId, TODAY.minusDays(25));
        deliver(a, 2, 30);
        deliver(b, 1, 9);
        recordSickLeave.record(a.workplaceId(), "2025", "3", "6.5", "nina.nav");
        recordSickLeave.record(a.workplaceId(), "2025", "4", "5.5", "nina.nav");
        recordSickLeave.record(b.workplaceId(), "2025", "4", "4.0", "nina.nav");

        CohortReport report = queries.report(cohortId);

        assertThat(report.rows()).extracting(r -> r.workplace().name())
                .containsExactly("Gruppe A", "Gruppe B", "Gruppe C", "Gruppe D");
        for (CohortReport.Row row : report.rows()) {
            Workplace alone = queries.workplace(row.workplace().id()).orElseThrow();
            Run run = queries.runOf(alone.id()).orElseThrow();
            RunView view = queries.view(run);
            assertThat(row.workplace()).isEqualTo(alone);
            assertThat(row.run()).isEqualTo(run);
            assertThat(row.progress()).isEqualTo(queries.progress(run, alone)).isEqualTo(view.progress());
            assertThat(row.sickLeave()).isEqualTo(view.sickLeaveComparison());
            assertThat(row.survey()).isEqualTo(view.survey());
            assertThat(view.workplace()).isEqualTo(alone);
        }
        Map<UUID, CohortReport.Row> byRun = new java.util.HashMap<>();
        report.rows().forEach(r -> byRun.put(r.run().id(), r));
        assertThat(byRun.get(a.id()).workplace().contacts()).isEqualTo(twoContacts);
        assertThat(byRun.get(a.id()).workplace().contributors()).isEqualTo(contributors);
        assertThat(byRun.get(b.id()).workplace().contributors()).isEmpty();
        assertThat(byRun.get(a.id()).progress().delivered()).isEqualTo(2);
        assertThat(byRun.get(b.id()).progress().delivered()).isEqualTo(1);
        assertThat(byRun.get(c.id()).progress().delivered()).isZero();
        assertThat(byRun.get(d.id()).progress().delivered()).isZero();
        assertThat(byRun.get(a.id()).sickLeave().quartersBefore()).isEqualTo(2);
        assertThat(byRun.get(a.id()).sickLeave().before()).isEqualByComparingTo("6.00");
        assertThat(byRun.get(b.id()).sickLeave().quartersBefore()).isEqualTo(1);
        assertThat(byRun.get(d.id()).sickLeaveShown()).isFalse();

        ProgrammeQueries.Overview overview = queries.overview();
        assertThat(overview.workplaces()).isEqualTo(queries.workplaces());
        for (Workplace w : overview.workplaces()) {
            Run run = queries.runOf(w.id()).orElse(null);
            assertThat(overview.runs().get(w.id())).isEqualTo(run);
            assertThat(overview.progress().get(w.id())).isEqualTo(run == null ? null : queries.progress(run, w));
            assertThat(w).isEqualTo(queries.workplace(w.id()).orElseThrow());
        }
        assertThat(overview.runs()).containsKeys(a.workplaceId(), b.workplaceId(), c.workplaceId(), d.workplaceId());
        assertThat(queries.workplacesIn(cohortId)).extracting(Workplace::id)
                .containsExactly(a.workplaceId(), b.workplaceId(), c.workplaceId(), d.workplaceId());
    }

    @Test
    void dueFollowUpsListEachRunOnceWithItsWorkplaceAndLeaveWithdrawnWorkplacesOut() {
        Run soon = enrolled("Oppfølging snart", 20, null, TODAY.minusWeeks(13));
        Run overdue = enrolled("Oppfølging forsinket", 25, null, TODAY.minusWeeks(13));
        Run gone = enrolled("Oppfølging trukket", 30, null, TODAY.minusWeeks(13));
        Run later = enrolled("Oppfølging senere", 35, null, TODAY.minusWeeks(13));
        setReviewDate.set(soon.id(), soon.version(), TODAY.plusDays(3).toString());
        setReviewDate.set(overdue.id(), overdue.version(), TODAY.minusDays(2).toString());
        setReviewDate.set(gone.id(), gone.version(), TODAY.plusDays(1).toString());
        setReviewDate.set(later.id(), later.version(), TODAY.plusDays(ProgrammeQueries.REVIEW_DUE_DAYS + 1).toString());
        Workplace goneWorkplace = queries.workplace(gone.workplaceId()).orElseThrow();
        withdraw.withdraw(goneWorkplace.id(), goneWorkplace.version(), "nina.nav");

        List<ProgrammeQueries.ReviewDue> due = queries.reviewsDue();

        List<UUID> mine = List.of(soon.id(), overdue.id(), gone.id(), later.id());
        List<ProgrammeQueries.ReviewDue> ours = due.stream().filter(r -> mine.contains(r.run().id())).toList();
        assertThat(ours).extracting(r -> r.run().id()).containsExactly(overdue.id(), soon.id());
        assertThat(ours).extracting(ProgrammeQueries.ReviewDue::overdue).containsExactly(true, false);
        for (ProgrammeQueries.ReviewDue r : due) {
            assertThat(r.workplace()).isEqualTo(queries.workplace(r.run().workplaceId()).orElseThrow());
            assertThat(r.run()).isEqualTo(queries.run(r.run().id()).orElseThrow());
            assertThat(r.workplace().withdrawn()).isFalse();
        }
        assertThat(due).extracting(r -> r.run().reviewOn()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void aLaterRunStartsOnlyAfterTheLastPlannedStepOfEveryNowRunInItsCohort() {
        UUID cohortId = createCohort.create("Utsettelse", "Test", TODAY.minusDays(5).toString(), "nina.nav").id();
        List<Run> runs = List.of(enrolled("Utsatt 1", 20, cohortId, TODAY.plusDays(10)),
                enrolled("Utsatt 2", 20, cohortId, TODAY.plusDays(40)),
                enrolled("Utsatt 3", 20, cohortId, TODAY.plusDays(20)),
                enrolled("Utsatt 4", 20, cohortId, TODAY.plusDays(30)));
        randomise.randomise(cohortId, 42L, "nina.nav");
        LocalDate nowArmEnds = null;
        Run laterRun = null;
        for (Run run : runs) {
            RunView view = queries.view(run);
            if (view.workplace().arm() == Arm.NOW) {
                LocalDate last = view.steps().stream().map(Step::plannedOn).max(Comparator.naturalOrder()).orElseThrow();
                nowArmEnds = nowArmEnds == null || last.isAfter(nowArmEnds) ? last : nowArmEnds;
            } else {
                laterRun = view.run();
            }
        }
        assertThat(nowArmEnds).isNotNull();
        assertThat(laterRun).isNotNull();
        Run toPostpone = laterRun;
        String expected = "Første økt må være etter at gruppen «" + Arm.NOW.label() + "» er ferdig ("
                + Dates.format(nowArmEnds) + ")";

        LocalDate ends = nowArmEnds;
        assertThatThrownBy(() -> postpone.postpone(toPostpone.id(), toPostpone.version(), ends.toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::message).containsExactly(expected));
        Run moved = postpone.postpone(toPostpone.id(), toPostpone.version(), ends.plusDays(1).toString());
        assertThat(moved.postponedTo()).isEqualTo(ends.plusDays(1));
    }
}
