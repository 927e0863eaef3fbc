package no.samspill.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every field error of one request before failing, so that a form or an API client sees all of them at once.
 * Parsers signal a bad value by throwing {@link IllegalArgumentException} with a Norwegian message.
 */
public final class FieldErrors {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    /** Parses a required value; records an error and returns null when it is missing or invalid. */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            add(field, "Må fylles ut");
            return null;
        }
        return optional(field, raw, parser);
    }

    /** Parses a value that may be left empty (returns null then). */
    public <T> T optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.trim());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Records an error for a value that must be present. */
    public <T> T present(String field, T value) {
        if (value == null) {
            add(field, "Må fylles ut");
        }
        return value;
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
    }

    public void add(String field, String message) {
        problems.add(new InvalidInputException.FieldProblem(field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
