package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    static final FormRows TABLE = new FormRows(List.of("what", "who", "due"), List.of("what", "due"), 6, 2, 3, 5);
    static final FormRows OTHER = new FormRows(List.of("from", "to"), List.of("from", "to"), 6, 2, 3, 5);

    static Map<String, String> post(String... pairs) {
        Map<String, String> post = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            post.put(pairs[i], pairs[i + 1]);
        }
        return post;
    }

    @Test
    void theFilledRowsOfAPostAreReadInPageOrderAndARowWithOnlyItsSelectSetIsBlank() {
        Map<String, String> post = post("what0", "", "who0", "kari", "due0", "",
                "what1", "Ringe", "who1", "lars", "due1", "", "what3", "", "who3", "", "due3", "2026-12-01",
                "what6", "Utenfor", "who6", "", "due6", "");
        assertThat(TABLE.rows(post)).containsExactly(
                Map.of("what", "Ringe", "who", "lars", "due", ""),
                Map.of("what", "", "who", "", "due", "2026-12-01"));
    }

    @Test
    void aCompactedPostKeepsTheOtherFieldsDropsTheTokenAndNumbersEachTablesRowsFromZero() {
        Map<String, String> post = post("_csrf", "t", "goal", "Tilbake", "what2", "Ringe", "who2", "lars", "due2", "",
                "from1", "2026-12-01", "to1", "", "from4", "", "to4", "2026-12-24", "what11", "x", "whatever", "y");
        Map<String, String> compacted = FormRows.compacted(post, TABLE, OTHER);
        assertThat(compacted).containsExactly(Map.entry("goal", "Tilbake"), Map.entry("whatever", "y"),
                Map.entry("what0", "Ringe"), Map.entry("who0", "lars"), Map.entry("due0", ""),
                Map.entry("from0", "2026-12-01"), Map.entry("to0", ""),
                Map.entry("from1", ""), Map.entry("to1", "2026-12-24"));
        assertThat(TABLE.rows(compacted)).isEqualTo(TABLE.rows(post));
        assertThat(TABLE.count(compacted)).isEqualTo(1);
        assertThat(OTHER.count(compacted)).isEqualTo(2);
    }

    @Test
    void rowsAreShownWithSpareOnesBetweenTheLeastAndTheMostButFilledRowsAreNeverHidden() {
        assertThat(TABLE.shown(0)).isEqualTo(3);
        assertThat(TABLE.shown(2)).isEqualTo(4);
        assertThat(TABLE.shown(4)).isEqualTo(5);
        assertThat(TABLE.shown(6)).isEqualTo(6);
        List<Map<String, String>> rows = TABLE.withSpareRows(List.of(Map.of("what", "Ringe", "who", "", "due", "")));
        assertThat(rows).hasSize(3).element(2).isEqualTo(Map.of("what", "", "who", "", "due", ""));
    }

    @Test
    void theMeetingAndPlanTablesKeepTheirLimits() {
        assertThat(MinutesForm.TASKS.shown(0)).isEqualTo(3);
        assertThat(MinutesForm.TASKS.shown(28)).isEqualTo(30);
        assertThat(MinutesForm.TASKS.shown(31)).isEqualTo(31);
        assertThat(PlanController.ADJUSTMENTS.shown(0)).isEqualTo(3);
        assertThat(PlanController.ADJUSTMENTS.shown(5)).isEqualTo(7);
        assertThat(PlanController.STEPS.shown(31)).isEqualTo(31);
        assertThat(MinutesForm.TASKS.rows(post("taskOwner0", "lars.leder"))).isEmpty();
    }

    @Test
    void renamedErrorsGoToTheFormsFieldsAndTheFirstMessageOfAMergedFieldIsKept() {
        FormErrors errors = FormErrors.of("plan", new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("reviewDates[1]", "Første"),
                new InvalidInputException.FieldProblem("goal", "Mål"),
                new InvalidInputException.FieldProblem("reviewDates[0]", "Andre"))));
        FormErrors renamed = errors.renamed(f -> f.startsWith("reviewDates[") ? "reviewDates" : f);
        assertThat(renamed.form()).isEqualTo("plan");
        assertThat(renamed.fields()).containsExactly(Map.entry("reviewDates", "Første"), Map.entry("goal", "Mål"));
    }
}
