package no.samspill.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reliable change, recovery and reliable recovery after NHS Talking Therapies, in both variants. */
class ChangeRulesTest {

    static final LocalDate BASELINE = LocalDate.of(2026, 1, 5);
    final ChangeRules strict = new ChangeRules(ChangeRules.Variant.NO_DETERIORATION_ON_OTHER);
    final ChangeRules lenient = new ChangeRules(ChangeRules.Variant.EITHER_MEASURE);

    @Test
    void phq9FallOfSixIsReliableImprovementFiveIsNot() {
        assertThat(ChangeRules.reliableChange(phq(16, 10))).isEqualTo(ReliableChange.IMPROVEMENT);
        assertThat(ChangeRules.reliableChange(phq(16, 11))).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        assertThat(ChangeRules.reliableChange(phq(10, 16))).isEqualTo(ReliableChange.DETERIORATION);
        assertThat(ChangeRules.reliableChange(phq(16))).isEqualTo(ReliableChange.NOT_AVAILABLE);
    }

    @Test
    void gad7FallOfFourIsReliableImprovement() {
        assertThat(ChangeRules.reliableChange(gad(12, 8))).isEqualTo(ReliableChange.IMPROVEMENT);
        assertThat(ChangeRules.reliableChange(gad(12, 9))).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        assertThat(ChangeRules.reliableChange(gad(8, 12))).isEqualTo(ReliableChange.DETERIORATION);
    }

    @Test
    void firstToLastCountsNotTheMiddle() {
        assertThat(ChangeRules.reliableChange(phq(16, 2, 14))).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
    }

    @Test
    void reliableRecoveryNeedsCasenessAtStartNotAtEndAndReliableImprovement() {
        ChangeRules.Outcome o = strict.outcome(phq(16, 8), gad(9, 5));
        assertThat(o.casenessAtStart()).isTrue();
        assertThat(o.recovered()).isTrue();
        assertThat(o.reliablyRecovered()).isTrue();
        assertThat(o.words()).contains("reliabel bedring");
    }

    @Test
    void recoveryWithoutReliableImprovement() {
        ChangeRules.Outcome o = strict.outcome(phq(11, 8), gad(8, 6));
        assertThat(o.recovered()).isTrue();
        assertThat(o.reliablyRecovered()).isFalse();
        assertThat(o.words()).contains("ikke reliabel bedring");
    }

    @Test
    void notAtCasenessAtStartCannotRecover() {
        ChangeRules.Outcome o = strict.outcome(phq(9, 2), gad(7, 1));
        assertThat(o.recovered()).isFalse();
        assertThat(o.combined()).isEqualTo(ReliableChange.IMPROVEMENT);
        assertThat(o.words()).isEqualTo("reliabel bedring siden baseline");
    }

    @Test
    void theVariantDecidesWhenTheOtherMeasureDeteriorates() {
        // PHQ-9 improves reliably, GAD-7 deteriorates reliably.
        assertThat(strict.outcome(phq(18, 9), gad(4, 9)).combined()).isEqualTo(ReliableChange.DETERIORATION);
        assertThat(lenient.outcome(phq(18, 9), gad(4, 9)).combined()).isEqualTo(ReliableChange.IMPROVEMENT);
        assertThat(strict.outcome(phq(18, 9), gad(4, 9)).reliablyRecovered()).isFalse();
    }

    @Test
    void onlyBaselineSaysSo() {
        assertThat(strict.outcome(phq(12), null).words()).isEqualTo("bare baseline så langt");
    }

    static Trajectory phq(int... totals) {
        return trajectory("phq-9", new Phq9Scorer(), Phq9Scorer.CASENESS, totals);
    }

    static Trajectory gad(int... totals) {
        return trajectory("gad-7", new Gad7Scorer(), Gad7Scorer.CASENESS, totals);
    }

    static Trajectory trajectory(String id, SumScorer scorer, int caseness, int... totals) {
        List<ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            points.add(new ScorePoint(BASELINE.plusMonths(3L * i), totals[i], scorer.band(totals[i]), totals[i] >= caseness));
        }
        return new Trajectory(id, scorer.maxTotal(), scorer.bands(), points);
    }
}
