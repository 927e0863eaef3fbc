package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samspill.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SurveyScoringTest {

    static final SurveyDefinition SURVEY = SurveyDefinitions.of(
            no.samspill.instrument.InstrumentLibrary.read(SurveyDefinitions.WORKPLACE_SURVEY));

    static Map<String, String> all(String code) {
        Map<String, String> answers = new LinkedHashMap<>();
        SURVEY.questions().forEach(q -> answers.put(q.linkId(), code));
        return answers;
    }

    @Test
    void theDefinitionIsAFhirQuestionnaireWithThreeScalesOfFivePointItems() {
        assertThat(SURVEY.url()).isEqualTo("https://samspill.no/fhir/Questionnaire/samspill-workplace-programme");
        assertThat(SURVEY.description()).contains("IKKE et validert instrument");
        assertThat(SURVEY.scales()).extracting(SurveyDefinition.Scale::linkId).containsExactly("knowledge", "use", "climate");
        assertThat(SURVEY.questions()).hasSize(9).allSatisfy(q -> assertThat(q.options()).hasSize(5));
        assertThat(SURVEY.minOrdinal()).isEqualTo(1);
        assertThat(SURVEY.maxOrdinal()).isEqualTo(5);
    }

    @Test
    void allLowestAndAllHighestScoreOneAndFive() {
        assertThat(SurveyScoring.score(SURVEY, all("1")).scores()).allSatisfy((k, v) -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(SurveyScoring.score(SURVEY, all("5")).scores()).allSatisfy((k, v) -> assertThat(v).isEqualByComparingTo("5"));
    }

    @Test
    void aScaleScoreIsTheMeanOfItsItems() {
        Map<String, String> answers = all("3");
        answers.put("knowledge.1", "5");
        answers.put("knowledge.2", "4");
        assertThat(SurveyScoring.score(SURVEY, answers).scores().get("knowledge")).isEqualByComparingTo(new BigDecimal("4"));
    }

    @Test
    void unknownQuestionsCodesAndMissingAnswersAreFieldErrors() {
        Map<String, String> answers = all("3");
        answers.put("knowledge.1", "9");
        answers.remove("use.2");
        answers.put("name", "Ola");
        assertThatThrownBy(() -> SurveyScoring.score(SURVEY, answers))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "knowledge.1", "use.2"));
    }
}
