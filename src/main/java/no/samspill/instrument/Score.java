package no.samspill.instrument;

import java.util.List;

/**
 * The result of scoring one response. An incomplete score has no total, band or caseness and lists the missing
 * items: a total is never guessed. {@code caseness} is null for instruments without a caseness threshold;
 * {@code workNotApplicable} marks a WSAS total over the four non-work items.
 */
public record Score(InstrumentRef instrument, Status status, Integer total, int maxTotal, Band band, Boolean caseness,
                    List<String> missing, boolean workNotApplicable) {

    public enum Status { COMPLETE, INCOMPLETE, NOT_SCORED }

    public Score {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return status == Status.COMPLETE;
    }

    static Score incomplete(InstrumentRef ref, int max, List<String> missing) {
        return new Score(ref, Status.INCOMPLETE, null, max, null, null, missing, false);
    }

    static Score notScored(InstrumentRef ref) {
        return new Score(ref, Status.NOT_SCORED, null, 0, null, null, List.of(), false);
    }
}
