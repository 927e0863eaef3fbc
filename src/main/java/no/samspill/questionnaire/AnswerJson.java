package no.samspill.questionnaire;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response's answers as stored in its {@code answers} column: one JSON object from linkId to the answer's stored
 * value (an answer code or a number as text).
 */
final class AnswerJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private AnswerJson() {
    }

    static String write(Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    /** The answers ordered by linkId (the column is never null: an empty object until the first answer). */
    static Map<String, String> read(String json) {
        return Collections.unmodifiableMap(JSON.readValue(json, ANSWERS));
    }
}
