package no.samspill.instrument;

/**
 * One answer option: its code (what a response stores), the text shown, and its weight in the total (SDC
 * {@code ordinalValue}); {@code weight} is null for an option that does not count, such as "not applicable".
 */
public record AnswerOption(String code, String display, Integer weight) {

    public boolean notApplicable() {
        return weight == null;
    }
}
