package no.samspill.shared;

import java.util.List;

/** Input that breaks a rule, with the field(s) at fault. Adapters show it as a form message or a 400 problem. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Ugyldig input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field and what is wrong with it, in Norwegian. */
    public record FieldProblem(String field, String message) {
    }
}
