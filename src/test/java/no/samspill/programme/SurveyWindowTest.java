package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyWindowTest {

    static final LocalDate TODAY = RunProgressTest.TODAY;
    static final Set<SurveyWave> NONE_CLOSED = EnumSet.noneOf(SurveyWave.class);

    @Test
    void theBeforeWaveTakesAnswersUntilTheFirstStepIsDelivered() {
        List<Step> notStarted = RunProgressTest.standardRun(TODAY.plusWeeks(1), 0, null);
        List<Step> started = RunProgressTest.standardRun(TODAY.minusWeeks(1), 1, 10);
        assertThat(SurveyWindow.refusal(SurveyWave.BEFORE, notStarted, NONE_CLOSED, TODAY)).isEmpty();
        assertThat(SurveyWindow.refusal(SurveyWave.BEFORE, started, NONE_CLOSED, TODAY)).isPresent();
    }

    @Test
    void theAfterWaveOpensWhenEveryStepIsDelivered() {
        List<Step> running = RunProgressTest.standardRun(TODAY.minusWeeks(20), 6, 10);
        List<Step> done = RunProgressTest.standardRun(TODAY.minusWeeks(20), 7, 10);
        assertThat(SurveyWindow.refusal(SurveyWave.AFTER, running, NONE_CLOSED, TODAY)).isPresent();
        assertThat(SurveyWindow.refusal(SurveyWave.AFTER, done, NONE_CLOSED, TODAY)).isEmpty();
    }

    @Test
    void theSixMonthWaveOpensTwentySixWeeksAfterTheLastStep() {
        List<Step> done = RunProgressTest.standardRun(TODAY.minusWeeks(12 + 26), 7, 10);
        LocalDate last = RunProgress.completedOn(done);
        assertThat(SurveyWindow.refusal(SurveyWave.SIX_MONTHS, done, NONE_CLOSED, last.plusWeeks(26).minusDays(1)))
                .isPresent();
        assertThat(SurveyWindow.refusal(SurveyWave.SIX_MONTHS, done, NONE_CLOSED, last.plusWeeks(26))).isEmpty();
    }

    @Test
    void aClosedWaveTakesNoAnswers() {
        List<Step> done = RunProgressTest.standardRun(TODAY.minusWeeks(20), 7, 10);
        assertThat(SurveyWindow.refusal(SurveyWave.AFTER, done, EnumSet.of(SurveyWave.AFTER), TODAY))
                .hasValue("Denne runden av undersøkelsen er avsluttet");
    }

    @Test
    void requireRefusesWithTheReasonOfTheRefusalAndPassesAnOpenWave() {
        List<Step> notStarted = RunProgressTest.standardRun(TODAY.plusWeeks(1), 0, null);
        SurveyWindow.require(SurveyWave.BEFORE, notStarted, NONE_CLOSED, TODAY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SurveyWindow.require(SurveyWave.AFTER, notStarted,
                        NONE_CLOSED, TODAY))
                .isInstanceOf(no.samspill.shared.RefusedChangeException.class)
                .hasMessage(SurveyWindow.refusal(SurveyWave.AFTER, notStarted, NONE_CLOSED, TODAY).orElseThrow());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SurveyWindow.require(SurveyWave.BEFORE, notStarted,
                        java.util.EnumSet.of(SurveyWave.BEFORE), TODAY))
                .hasMessage("Denne runden av undersøkelsen er avsluttet");
    }
}
