package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final UUID RUN = UUID.randomUUID();

    static List<Step> standardRun(LocalDate first, int delivered, Integer attendance) {
        List<Step> steps = new ArrayList<>();
        List<ProgrammeTemplate.Step> template = ProgrammeTemplate.STANDARD.steps();
        for (int i = 0; i < template.size(); i++) {
            ProgrammeTemplate.Step t = template.get(i);
            LocalDate planned = first.plusWeeks(t.weeksFromStart());
            boolean done = i < delivered;
            steps.add(new Step(UUID.randomUUID(), RUN, i + 1, t.kind(), t.topic(), t.title(), planned,
                    done ? planned : null, done ? attendance : null, null, 0));
        }
        return steps;
    }

    @Test
    void aNewRunHasNotStartedAndItsFirstSessionIsNext() {
        RunProgress p = RunProgress.of(standardRun(TODAY.plusDays(7), 0, null), 40, TODAY);
        assertThat(p.phase()).isEqualTo(RunProgress.Phase.NOT_STARTED);
        assertThat(p.delivered()).isZero();
        assertThat(p.total()).isEqualTo(7);
        assertThat(p.percent()).isZero();
        assertThat(p.nextStep().position()).isEqualTo(1);
        assertThat(p.overdue()).isEmpty();
        assertThat(p.attendancePercent()).isNull();
    }

    @Test
    void twoKnowledgeSessionsDeliveredIsInTheKnowledgePhase() {
        RunProgress p = RunProgress.of(standardRun(TODAY.minusWeeks(3), 2, 30), 40, TODAY);
        assertThat(p.phase()).isEqualTo(RunProgress.Phase.KNOWLEDGE);
        assertThat(p.delivered()).isEqualTo(2);
        assertThat(p.percent()).isEqualTo(29);
        assertThat(p.nextStep().position()).isEqualTo(3);
        assertThat(p.totalAttendance()).isEqualTo(60);
        assertThat(p.attendancePercent()).isEqualTo(75);
    }

    @Test
    void afterTheFilmsTheRunIsInTheIaProcess() {
        RunProgress p = RunProgress.of(standardRun(TODAY.minusWeeks(9), 5, 20), 40, TODAY);
        assertThat(p.phase()).isEqualTo(RunProgress.Phase.IA_PROCESS);
        assertThat(p.nextStep().kind()).isEqualTo(StepKind.WORKSHOP);
    }

    @Test
    void fourKnowledgeSessionsDeliveredMeansFilmsAreNext() {
        RunProgress p = RunProgress.of(standardRun(TODAY.minusWeeks(7), 4, 20), 40, TODAY);
        assertThat(p.phase()).isEqualTo(RunProgress.Phase.FILMS);
    }

    @Test
    void stepsPlannedInThePastButNotDeliveredAreOverdue() {
        RunProgress p = RunProgress.of(standardRun(TODAY.minusWeeks(5), 1, 10), 40, TODAY);
        assertThat(p.overdue()).extracting(Step::position).containsExactly(2, 3);
    }

    @Test
    void allDeliveredIsCompletedWithNoNextStep() {
        List<Step> steps = standardRun(TODAY.minusWeeks(20), 7, 40);
        RunProgress p = RunProgress.of(steps, 40, TODAY);
        assertThat(p.completed()).isTrue();
        assertThat(p.nextStep()).isNull();
        assertThat(p.percent()).isEqualTo(100);
        assertThat(p.attendancePercent()).isEqualTo(100);
        assertThat(RunProgress.completedOn(steps)).isEqualTo(TODAY.minusWeeks(20).plusWeeks(12));
    }

    @Test
    void stepsDeliveredOutOfOrderStillPointToTheFirstUndeliveredStep() {
        List<Step> steps = new ArrayList<>(standardRun(TODAY.minusWeeks(3), 0, null));
        Step third = steps.get(2);
        steps.set(2, new Step(third.id(), RUN, 3, third.kind(), third.topic(), third.title(), third.plannedOn(),
                TODAY.minusDays(1), 12, null, 0));
        RunProgress p = RunProgress.of(steps, 40, TODAY);
        assertThat(p.nextStep().position()).isEqualTo(1);
        assertThat(p.delivered()).isEqualTo(1);
        assertThat(RunProgress.completedOn(steps)).isNull();
    }
}
