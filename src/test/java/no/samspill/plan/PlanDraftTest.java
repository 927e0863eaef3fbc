package no.samspill.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of a plan version: graded periods in order, 0–100 %, and dates inside the pathway. */
class PlanDraftTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2027, 9, 1);

    static PlanDraft.GradedStep step(String from, String to, int percent) {
        return new PlanDraft.GradedStep(LocalDate.parse(from), LocalDate.parse(to), percent);
    }

    static PlanDraft draft(List<PlanDraft.GradedStep> steps, boolean allowOutside) {
        return new PlanDraft("Tilbake i full stilling", List.of(new PlanDraft.Adjustment("Lettere oppgaver",
                "Lars Leder", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))), steps, null,
                List.of(LocalDate.of(2027, 1, 15)), allowOutside);
    }

    static List<String> fields(PlanDraft d) {
        try {
            d.check(START, END).throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
        }
    }

    @Test
    void aTidyScheduleIsAccepted() {
        assertThat(fields(draft(List.of(step("2026-12-01", "2026-12-14", 40), step("2026-12-15", "2026-12-31", 60),
                step("2027-01-01", "2027-01-31", 100)), false))).isEmpty();
    }

    @Test
    void overlappingPeriodsAreRefusedOnTheLaterOne() {
        assertThat(fields(draft(List.of(step("2026-12-15", "2026-12-31", 60), step("2026-12-01", "2026-12-15", 40)),
                false))).containsExactly("steps[0].from");
    }

    @Test
    void percentagesOutside0To100AreRefused() {
        assertThat(fields(draft(List.of(step("2026-12-01", "2026-12-14", 120), step("2026-12-15", "2026-12-31", -5)),
                false))).containsExactly("steps[0].percent", "steps[1].percent");
    }

    @Test
    void datesOutsideThePathwayAreRefusedUnlessAllowed() {
        List<PlanDraft.GradedStep> late = List.of(step("2027-08-20", "2027-10-01", 50));
        assertThat(fields(draft(late, false))).containsExactly("steps[0].to");
        assertThat(fields(draft(late, true))).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsAndAMissingGoalAreRefused() {
        PlanDraft d = new PlanDraft(" ", null, List.of(step("2026-12-10", "2026-12-01", 50)), null, null, false);
        assertThatThrownBy(() -> d.check(START, END).throwIfAny()).isInstanceOf(InvalidInputException.class);
        assertThat(fields(d)).contains("goal", "steps[0].to");
    }

    @Test
    void theChartDrawsOneBarPerPeriod() {
        String svg = GradedChart.svg(List.of(step("2026-12-01", "2026-12-14", 40), step("2026-12-15", "2026-12-31", 60)));
        assertThat(svg).startsWith("<svg").contains("40 %", "60 %");
        assertThat(svg.split("<rect").length - 1).isEqualTo(2);
    }
}
