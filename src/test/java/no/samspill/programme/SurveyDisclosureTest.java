package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decision 0032: one publication decision per cohort and wave; no published figure gives a hidden cell away. */
class SurveyDisclosureTest {

    static final Map<String, String> ONE_GROUP = Map.of("a", "", "b", "", "c", "");

    @Test
    void withThreeNineAndTwelveAnswersTheNineIsHiddenTooSoTheThreeCannotBeSubtractedFromTheTotal() {
        var d = SurveyDisclosure.decide(SuppressionTest.cells("a", 3, "b", 9, "c", 12), ONE_GROUP, Set.of("a", "b", "c"));
        assertThat(d.published()).isTrue();
        assertThat(d.shown("a")).isFalse();
        assertThat(d.shown("b")).as("the workplace with 9 answers is a complementary cell: hidden everywhere").isFalse();
        assertThat(d.shown("c")).isTrue();
        assertThat(d.totalShown()).isTrue();
    }

    @Test
    void nothingIsPublishedWhileTheWaveIsOpenAtAnyRunOfTheCohort() {
        var d = SurveyDisclosure.decide(SuppressionTest.cells("a", 3, "b", 9, "c", 12), ONE_GROUP, Set.of("b", "c"));
        assertThat(d.published()).isFalse();
        assertThat(d.shown("c")).isFalse();
        assertThat(d.totalShown()).isFalse();
    }

    @Test
    void eachArmIsSuppressedOnItsOwnAndTheCohortTotalOnlyWhenEveryArmTotalIsShown() {
        Map<String, String> arms = Map.of("a", "NOW", "b", "NOW", "c", "LATER", "d", "LATER");
        var d = SurveyDisclosure.decide(SuppressionTest.cells("a", 6, "b", 7, "c", 3, "d", 0), arms,
                Set.of("a", "b", "c", "d"));
        assertThat(d.shown("a")).isTrue();
        assertThat(d.shown("b")).isTrue();
        assertThat(d.shown("c")).isFalse();
        assertThat(d.groupShown("NOW")).isTrue();
        assertThat(d.groupShown("LATER")).as("an arm of 3 answers").isFalse();
        assertThat(d.totalShown()).as("else total minus NOW would give LATER's 3").isFalse();
    }

    @Test
    void armsWithEnoughAnswersShowTheirTotalsAndTheCohortTotal() {
        Map<String, String> arms = Map.of("a", "NOW", "b", "NOW", "c", "LATER", "d", "LATER");
        var d = SurveyDisclosure.decide(SuppressionTest.cells("a", 6, "b", 2, "c", 8, "d", 9), arms,
                Set.of("a", "b", "c", "d"));
        assertThat(d.shown("b")).isFalse();
        assertThat(d.shown("a")).as("complement of b inside its arm").isFalse();
        assertThat(d.groupShown("NOW")).isTrue();
        assertThat(d.groupShown("LATER")).isTrue();
        assertThat(d.totalShown()).isTrue();
    }
}
