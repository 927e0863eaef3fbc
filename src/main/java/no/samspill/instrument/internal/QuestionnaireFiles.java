package no.samspill.instrument.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import no.samspill.instrument.AnswerOption;
import no.samspill.instrument.Band;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Item;
import no.samspill.instrument.ItemGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the subset of a FHIR R4 Questionnaire Samspill uses: url, version, title, items with answerOption
 * (valueCoding + ordinalValue extension), the SDC calculatedExpression on the total item, and two local extensions
 * (translation verified, wording note) plus optional published bands.
 */
public final class QuestionnaireFiles {

    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public static final String CALCULATED_EXPRESSION =
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    public static final String TRANSLATION_VERIFIED = "https://samspill.no/fhir/StructureDefinition/translation-verified";
    public static final String WORDING_NOTE = "https://samspill.no/fhir/StructureDefinition/wording-note";
    public static final String SCORE_BAND = "https://samspill.no/fhir/StructureDefinition/score-band";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuestionnaireFiles() {
    }

    /**
     * The instrument in the file, or null for a Questionnaire that is not answered by patients (its subjectType does
     * not include Patient, such as the workplace programme's survey of organisations): those belong to other modules.
     */
    public static Instrument parse(InputStream in, String source) {
        return read(in, source, true);
    }

    /** Any Questionnaire in the definition format, whoever answers it (patients, or e.g. workplace participants). */
    public static Instrument parseAny(InputStream in, String source) {
        return read(in, source, false);
    }

    private static Instrument read(InputStream in, String source, boolean patientsOnly) {
        JsonNode q = JSON.readTree(in);
        if (!"Questionnaire".equals(q.path("resourceType").asString(""))) {
            throw new IllegalStateException(source + " is not a FHIR Questionnaire");
        }
        if (patientsOnly && q.has("subjectType")) {
            boolean patients = false;
            for (JsonNode t : q.path("subjectType")) {
                patients |= "Patient".equals(t.asString(""));
            }
            if (!patients) {
                return null;
            }
        }
        String url = required(q, "url", source);
        String version = required(q, "version", source);
        String id = url.substring(url.lastIndexOf('/') + 1);
        List<Item> items = new ArrayList<>();
        List<ItemGroup> groups = new ArrayList<>();
        String[] total = new String[2];
        String[] intro = new String[1];
        readItems(q.path("item"), null, items, groups, total, intro, source);
        String totalLinkId = total[0];
        String expression = total[1];
        String introduction = intro[0];
        JsonNode verified = extension(q, TRANSLATION_VERIFIED);
        JsonNode note = extension(q, WORDING_NOTE);
        List<Band> bands = new ArrayList<>();
        for (JsonNode ext : q.path("extension")) {
            if (SCORE_BAND.equals(ext.path("url").asString(""))) {
                bands.add(new Band(sub(ext, "code").path("valueCode").asString(), sub(ext, "label").path("valueString").asString(),
                        sub(ext, "min").path("valueInteger").asInt(), sub(ext, "max").path("valueInteger").asInt()));
            }
        }
        return new Instrument(id, url, version, q.path("title").asString(id),
                introduction == null ? q.path("description").asString("") : introduction,
                verified != null && verified.path("valueBoolean").asBoolean(false),
                note == null ? null : note.path("valueString").asString(null), items, totalLinkId, expression, bands,
                groups);
    }

    /** Reads items in order; a "group" item's questions are read with the group's linkId, and the group recorded. */
    private static void readItems(JsonNode list, String group, List<Item> items, List<ItemGroup> groups, String[] total,
                                  String[] intro, String source) {
        for (JsonNode item : list) {
            String type = item.path("type").asString("");
            String linkId = required(item, "linkId", source);
            if (type.equals("group")) {
                groups.add(new ItemGroup(linkId, item.path("text").asString("")));
                readItems(item.path("item"), linkId, items, groups, total, intro, source);
                continue;
            }
            JsonNode calc = extension(item, CALCULATED_EXPRESSION);
            if (calc != null) {
                total[0] = linkId;
                total[1] = calc.path("valueExpression").path("expression").asString(null);
                continue;
            }
            if (type.equals("display")) {
                intro[0] = intro[0] == null ? item.path("text").asString("") : intro[0];
                continue;
            }
            List<AnswerOption> options = new ArrayList<>();
            boolean scored = false;
            for (JsonNode o : item.path("answerOption")) {
                JsonNode coding = o.path("valueCoding");
                JsonNode ordinal = extension(o, ORDINAL_VALUE);
                if (ordinal == null) {
                    ordinal = extension(coding, ORDINAL_VALUE);
                }
                Integer weight = ordinal == null ? null : ordinal.path("valueDecimal").asInt();
                scored |= weight != null;
                options.add(new AnswerOption(coding.path("code").asString(), coding.path("display").asString(""), weight));
            }
            if (options.isEmpty()) {
                throw new IllegalStateException(source + ": item " + linkId + " has no answer options");
            }
            items.add(new Item(linkId, item.path("prefix").asString(null), item.path("text").asString(""),
                    item.path("required").asBoolean(false), scored, options, group));
        }
    }

    private static String required(JsonNode node, String field, String source) {
        String value = node.path(field).asString(null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(source + ": missing " + field);
        }
        return value;
    }

    private static JsonNode extension(JsonNode node, String url) {
        for (JsonNode ext : node.path("extension")) {
            if (url.equals(ext.path("url").asString(""))) {
                return ext;
            }
        }
        return null;
    }

    private static JsonNode sub(JsonNode ext, String url) {
        JsonNode found = extension(ext, url);
        return found == null ? ext.path("-") : found;
    }
}
