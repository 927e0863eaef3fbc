package no.samspill.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;

/** Worked examples per instrument: all zeros, all max, band edges, reversed items, missing answers. */
class ScorersTest {

    final Instrument phq = Responses.instrument("phq-9");
    final Instrument gad = Responses.instrument("gad-7");
    final Instrument ompsq = Responses.instrument("ompsq-sf");
    final Instrument wsas = Responses.instrument("wsas");
    final Instrument was = Responses.instrument("work-ability-score");
    final Instrument work = Responses.instrument("work-questions");

    @Test
    void phq9AllZerosIsMinimalAllThreesIsSevere() {
        assertThat(Responses.score(phq, Responses.all(phq, "0"))).satisfies(s -> {
            assertThat(s.total()).isZero();
            assertThat(s.band().code()).isEqualTo("MINIMAL");
            assertThat(s.caseness()).isFalse();
        });
        Score max = Responses.score(phq, Responses.all(phq, "3"));
        assertThat(max.total()).isEqualTo(27);
        assertThat(max.band().code()).isEqualTo("SEVERE");
        assertThat(max.caseness()).isTrue();
    }

    @Test
    void phq9BandEdgesAndCasenessAtTen() {
        assertThat(phqTotal(4).band().code()).isEqualTo("MINIMAL");
        assertThat(phqTotal(5).band().code()).isEqualTo("MILD");
        assertThat(phqTotal(9).band().code()).isEqualTo("MILD");
        assertThat(phqTotal(9).caseness()).isFalse();
        assertThat(phqTotal(10).band().code()).isEqualTo("MODERATE");
        assertThat(phqTotal(10).caseness()).isTrue();
        assertThat(phqTotal(14).band().code()).isEqualTo("MODERATE");
        assertThat(phqTotal(15).band().code()).isEqualTo("MODERATELY_SEVERE");
        assertThat(phqTotal(19).band().code()).isEqualTo("MODERATELY_SEVERE");
        assertThat(phqTotal(20).band().code()).isEqualTo("SEVERE");
    }

    @Test
    void phq9DifficultyItemIsNotScoredAndMayBeLeftOut() {
        Map<String, String> answers = Responses.all(phq, "1");
        assertThat(answers).doesNotContainKey("phq9-10");
        Score without = Responses.score(phq, answers);
        answers.put("phq9-10", "3");
        assertThat(Responses.score(phq, answers).total()).isEqualTo(without.total()).isEqualTo(9);
        assertThat(without.complete()).isTrue();
    }

    @Test
    void aMissingAnswerMakesTheScoreIncompleteAndListsTheItem() {
        Map<String, String> answers = Responses.all(phq, "3");
        answers.remove("phq9-4");
        answers.remove("phq9-9");
        Score s = Responses.score(phq, answers);
        assertThat(s.status()).isEqualTo(Score.Status.INCOMPLETE);
        assertThat(s.total()).isNull();
        assertThat(s.band()).isNull();
        assertThat(s.caseness()).isNull();
        assertThat(s.missing()).containsExactly("phq9-4", "phq9-9");
    }

    @Test
    void gad7AllZerosAllMaxBandsAndCasenessAtEight() {
        assertThat(Responses.score(gad, Responses.all(gad, "0")).total()).isZero();
        assertThat(Responses.score(gad, Responses.all(gad, "3")).total()).isEqualTo(21);
        assertThat(Responses.score(gad, Responses.all(gad, "3")).band().code()).isEqualTo("SEVERE");
        assertThat(gadTotal(7).caseness()).isFalse();
        assertThat(gadTotal(8).caseness()).isTrue();
        assertThat(gadTotal(4).band().code()).isEqualTo("MINIMAL");
        assertThat(gadTotal(5).band().code()).isEqualTo("MILD");
        assertThat(gadTotal(10).band().code()).isEqualTo("MODERATE");
        assertThat(gadTotal(14).band().code()).isEqualTo("MODERATE");
        assertThat(gadTotal(15).band().code()).isEqualTo("SEVERE");
        Map<String, String> missing = Responses.all(gad, "1");
        missing.remove("gad7-1");
        assertThat(Responses.score(gad, missing).missing()).containsExactly("gad7-1");
    }

    @Test
    void ompsqReversesReturnToWorkLightWorkAndSleep() {
        // All raw answers 0 (duration category 1): reversed items count 10 each.
        Map<String, String> zeros = Responses.all(ompsq, "0");
        zeros.put("ompsq-1", "1");
        Score low = Responses.score(ompsq, zeros);
        assertThat(low.total()).isEqualTo(1 + 30);
        // The best case: shortest duration, no symptoms, reversed items at 10 → minimum 1.
        zeros.put("ompsq-6", "10");
        zeros.put("ompsq-9", "10");
        zeros.put("ompsq-10", "10");
        assertThat(Responses.score(ompsq, zeros).total()).isEqualTo(1);
        assertThat(Responses.score(ompsq, zeros).band().code()).isEqualTo("LOW_RISK");
        // The worst case: longest duration, all 10, reversed items at 0 → 100.
        Map<String, String> worst = Responses.all(ompsq, "10");
        worst.put("ompsq-6", "0");
        worst.put("ompsq-9", "0");
        worst.put("ompsq-10", "0");
        assertThat(Responses.score(ompsq, worst).total()).isEqualTo(100);
        assertThat(Responses.score(ompsq, worst).band().code()).isEqualTo("HIGH_RISK");
    }

    @Test
    void ompsqHighRiskFromFifty() {
        Map<String, String> a = Responses.all(ompsq, "5");   // 5 + 6×5 + 3×(10 − 5) = 50
        assertThat(Responses.score(ompsq, a).total()).isEqualTo(50);
        assertThat(Responses.score(ompsq, a).band().code()).isEqualTo("HIGH_RISK");
        a.put("ompsq-2", "4");
        assertThat(Responses.score(ompsq, a).total()).isEqualTo(49);
        assertThat(Responses.score(ompsq, a).band().code()).isEqualTo("LOW_RISK");
        a.remove("ompsq-10");
        assertThat(Responses.score(ompsq, a).missing()).containsExactly("ompsq-10");
    }

    @Test
    void wsasWorkItemNotApplicableLeavesItOutOfTheTotal() {
        assertThat(Responses.score(wsas, Responses.all(wsas, "0")).total()).isZero();
        Score max = Responses.score(wsas, Responses.all(wsas, "8"));
        assertThat(max.total()).isEqualTo(40);
        assertThat(max.band().code()).isEqualTo("SEVERE");
        Map<String, String> na = Responses.all(wsas, "8");
        na.put(WsasScorer.WORK_ITEM, WsasScorer.NOT_APPLICABLE);
        Score s = Responses.score(wsas, na);
        assertThat(s.complete()).isTrue();
        assertThat(s.total()).isEqualTo(32);
        assertThat(s.maxTotal()).isEqualTo(32);
        assertThat(s.workNotApplicable()).isTrue();
        Map<String, String> unanswered = Responses.all(wsas, "2");
        unanswered.remove(WsasScorer.WORK_ITEM);
        assertThat(Responses.score(wsas, unanswered).missing()).containsExactly(WsasScorer.WORK_ITEM);
    }

    @Test
    void wsasBandEdges() {
        WsasScorer scorer = new WsasScorer();
        assertThat(scorer.band(9).code()).isEqualTo("SUBCLINICAL");
        assertThat(scorer.band(10).code()).isEqualTo("SIGNIFICANT");
        assertThat(scorer.band(20).code()).isEqualTo("SIGNIFICANT");
        assertThat(scorer.band(21).code()).isEqualTo("SEVERE");
    }

    @Test
    void workAbilityScoreBands() {
        assertThat(Responses.score(was, Map.of("was-1", "0")).band().code()).isEqualTo("POOR");
        assertThat(Responses.score(was, Map.of("was-1", "5")).band().code()).isEqualTo("POOR");
        assertThat(Responses.score(was, Map.of("was-1", "6")).band().code()).isEqualTo("MODERATE");
        assertThat(Responses.score(was, Map.of("was-1", "7")).band().code()).isEqualTo("MODERATE");
        assertThat(Responses.score(was, Map.of("was-1", "8")).band().code()).isEqualTo("GOOD");
        assertThat(Responses.score(was, Map.of("was-1", "10")).total()).isEqualTo(10);
        assertThat(Responses.score(was, Map.of()).missing()).containsExactly("was-1");
    }

    @Test
    void theWorkQuestionsAreNotScored() {
        Score s = Responses.score(work, Map.of("work-1", "yes", "work-2", "adjusted", "work-3", "unknown"));
        assertThat(s.status()).isEqualTo(Score.Status.NOT_SCORED);
        assertThat(s.total()).isNull();
    }

    @Test
    void answersOutOfRangeAndUnknownQuestionsAreNamed() {
        FieldErrors errors = new FieldErrors();
        Answers.check(phq, Map.of("phq9-1", "4", "phq9-99", "1", "phq9-2", "2"), errors);
        Assertions.assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("answers.phq9-1", "answers.phq9-99"));
    }

    @Test
    void everyShippedFileIsMarkedAndHasAUniqueCanonicalUrl() {
        assertThat(Responses.LIBRARY.all()).extracting(Instrument::id)
                .containsExactlyInAnyOrder("phq-9", "gad-7", "ompsq-sf", "wsas", "work-ability-score", "work-questions");
        assertThat(Responses.LIBRARY.all()).allSatisfy(i -> {
            assertThat(i.url()).startsWith("https://samspill.no/fhir/Questionnaire/");
            assertThat(i.version()).isNotBlank();
            assertThat(i.wordingNote()).isNotBlank();
        });
        assertThat(Responses.LIBRARY.all()).filteredOn(Instrument::scored).allSatisfy(i -> assertThat(i.calculatedExpression()).isNotBlank());
    }

    @Test
    void thePublishedWeightsGiveTheJavaTotal() {
        for (Instrument i : Responses.LIBRARY.all()) {
            if (!i.scored()) {
                continue;
            }
            Map<String, String> answers = Responses.random(i, new java.util.Random(7));
            Score s = Responses.score(i, answers);
            int byWeights = i.scoredItems().stream().mapToInt(item -> {
                Integer w = item.option(answers.get(item.linkId())).orElseThrow().weight();
                return w == null ? 0 : w;
            }).sum();
            assertThat(byWeights).as(i.id()).isEqualTo(s.total());
        }
    }

    private Score phqTotal(int total) {
        return Responses.score(phq, spread(phq, total, 3));
    }

    private Score gadTotal(int total) {
        return Responses.score(gad, spread(gad, total, 3));
    }

    /** Answers whose values add up to {@code total}, filling items in order up to {@code max} each. */
    static Map<String, String> spread(Instrument instrument, int total, int max) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        int left = total;
        for (Item item : instrument.scoredItems()) {
            int v = Math.min(max, left);
            answers.put(item.linkId(), String.valueOf(v));
            left -= v;
        }
        return answers;
    }
}
