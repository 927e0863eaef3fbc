package no.samspill.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the workplace survey from its definition file, a FHIR R4 Questionnaire in the same shape as the patient
 * instruments (items with linkId, text, answerOption and the ordinalValue extension), under
 * {@code instruments/}. A minimal reader of that shape until the shared questionnaire engine can load it.
 */
@Component
public class SurveyDefinitions {

    static final String WORKPLACE_SURVEY = "instruments/samspill-workplace-programme.json";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private final SurveyDefinition workplace;

    SurveyDefinitions() {
        this.workplace = load(WORKPLACE_SURVEY);
    }

    public SurveyDefinition workplaceSurvey() {
        return workplace;
    }

    static SurveyDefinition load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static SurveyDefinition parse(JsonNode q) {
        if (!"Questionnaire".equals(q.path("resourceType").asString())) {
            throw new IllegalStateException("Not a FHIR Questionnaire");
        }
        List<SurveyDefinition.Scale> scales = new ArrayList<>();
        for (JsonNode group : q.path("item")) {
            List<SurveyDefinition.Question> questions = new ArrayList<>();
            for (JsonNode item : group.path("item")) {
                List<SurveyDefinition.Option> options = new ArrayList<>();
                for (JsonNode option : item.path("answerOption")) {
                    JsonNode coding = option.path("valueCoding");
                    options.add(new SurveyDefinition.Option(coding.path("code").asString(),
                            coding.path("display").asString(), ordinal(option, coding)));
                }
                questions.add(new SurveyDefinition.Question(item.path("linkId").asString(), item.path("text").asString(),
                        item.path("required").asBoolean(false), List.copyOf(options)));
            }
            scales.add(new SurveyDefinition.Scale(group.path("linkId").asString(), group.path("text").asString(),
                    List.copyOf(questions)));
        }
        return new SurveyDefinition(q.path("url").asString(), q.path("version").asString(),
                q.path("title").asString(), q.path("description").asString(), List.copyOf(scales));
    }

    /** The ordinalValue extension, on the answerOption or on its Coding (both are used in R4). */
    private static int ordinal(JsonNode option, JsonNode coding) {
        for (JsonNode holder : List.of(option, coding)) {
            for (JsonNode ext : holder.path("extension")) {
                if (ORDINAL_VALUE.equals(ext.path("url").asString())) {
                    return (int) Math.round(ext.path("valueDecimal").asDouble());
                }
            }
        }
        throw new IllegalStateException("Answer option without ordinalValue: " + coding.path("code").asString());
    }
}
