package no.samspill.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scoring rule published in each Questionnaire (SDC calculatedExpression on the total item) is evaluated with
 * HAPI FHIR's FHIRPath engine on random QuestionnaireResponses and must equal the Java scorer's total. HAPI 8.8.0's R4
 * engine knows neither SDC's {@code weight()} nor {@code sum()}, so the files publish the equivalent explicit {@code aggregate($total + $this.code.toInteger(), 0)} over the listed items (see
 * {@link #hapiDoesNotKnowWeight()}).
 */
class FhirPathAgreesWithScorersTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private final IFhirPath fhirPath = FHIR.newFhirPath();

    @ParameterizedTest
    @ValueSource(strings = {"phq-9", "gad-7", "ompsq-sf", "wsas", "work-ability-score"})
    void thePublishedExpressionGivesTheJavaTotal(String id) {
        Instrument instrument = Responses.instrument(id);
        assertThat(instrument.calculatedExpression()).isNotBlank();
        Random random = new Random(id.hashCode());
        for (int n = 0; n < 500; n++) {
            Map<String, String> answers = Responses.random(instrument, random);
            Score score = Responses.score(instrument, answers);
            assertThat(score.complete()).isTrue();
            List<Base> result = fhirPath.evaluate(response(instrument, answers), instrument.calculatedExpression(), Base.class);
            assertThat(result).hasSize(1);
            assertThat(Integer.parseInt(result.get(0).primitiveValue())).as("%s %s", id, answers).isEqualTo(score.total());
        }
    }

    @Test
    void hapiDoesNotKnowWeight() {
        Instrument phq = Responses.instrument("phq-9");
        QuestionnaireResponse qr = response(phq, Responses.all(phq, "1"));
        boolean supported;
        try {
            fhirPath.evaluate(qr, "%resource.item.answer.value.weight().sum()", Base.class);
            supported = true;
        } catch (RuntimeException e) {
            supported = false;
        }
        assertThat(supported).as("weight() unsupported by HAPI 8.8.0's R4 FHIRPath: explicit sums are published").isFalse();
    }

    static QuestionnaireResponse response(Instrument instrument, Map<String, String> answers) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setQuestionnaire(instrument.ref().toString());
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        answers.forEach((linkId, code) -> qr.addItem().setLinkId(linkId).addAnswer()
                .setValue(new Coding("https://samspill.no/fhir/CodeSystem/answer-value", code, null)));
        return qr;
    }
}
