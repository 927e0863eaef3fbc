package no.samspill.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.samspill.shared.InvalidInputException;

/**
 * Field messages for one form on a page, keyed by the field names the use cases report ("patient.nationalId").
 * {@code form} tells which form on the page they belong to; input ids are the field names with dots as dashes.
 */
public record FormErrors(String form, Map<String, String> fields) {

    public static final FormErrors NONE = new FormErrors("", Map.of());

    static FormErrors of(String form, InvalidInputException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (InvalidInputException.FieldProblem p : e.problems()) {
            fields.putIfAbsent(p.field(), p.message());
        }
        return new FormErrors(form, fields);
    }

    /**
     * The messages under the form's own field names: {@code rename} maps a field name the use case reports to the
     * input it belongs to on the page. Where several fields become one, the first message is kept.
     */
    FormErrors renamed(UnaryOperator<String> rename) {
        Map<String, String> renamed = new LinkedHashMap<>();
        fields.forEach((field, message) -> renamed.putIfAbsent(rename.apply(field), message));
        return new FormErrors(form, renamed);
    }

    public boolean any(String formName) {
        return form.equals(formName) && !fields.isEmpty();
    }

    public boolean has(String formName, String field) {
        return form.equals(formName) && fields.containsKey(field);
    }

    public String message(String formName, String field) {
        return form.equals(formName) ? fields.get(field) : null;
    }

    public List<Map.Entry<String, String>> list() {
        return List.copyOf(fields.entrySet());
    }

    public String inputId(String formName, String field) {
        return id(formName, field);
    }

    /** The id of the input for a field in a form: {@code task-title}. */
    public static String id(String formName, String field) {
        return formName + "-" + field.replace('.', '-');
    }
}
