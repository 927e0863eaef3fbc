package no.samspill.instrument;

import java.util.Map;
import java.util.Optional;

/**
 * Change over time, after UK NHS Talking Therapies (formerly IAPT; ../shared/domain/instruments.md):
 * <ul>
 *   <li>reliable improvement: PHQ-9 falls by ≥ 6 or GAD-7 by ≥ 4 from the first to the last score; reliable
 *       deterioration is the same rise;</li>
 *   <li>caseness: PHQ-9 ≥ 10 or GAD-7 ≥ 8; recovery: at caseness at the first measurement and not at the last;</li>
 *   <li>reliable recovery: recovery and reliable improvement.</li>
 * </ul>
 * For the paired measures the variant decides whether improvement on one measure counts when the other deteriorated
 * reliably (decision 0005: the stricter {@link Variant#NO_DETERIORATION_ON_OTHER} is the default). WSAS and ÖMPSQ-SF
 * have no reliable-change value here: their change is {@link ReliableChange#NOT_AVAILABLE}.
 */
public final class ChangeRules {

    public enum Variant {
        /** Reliable improvement on either measure is enough. */
        EITHER_MEASURE,
        /** Reliable improvement on at least one measure and no reliable deterioration on the other. */
        NO_DETERIORATION_ON_OTHER
    }

    private static final Map<String, Integer> RELIABLE_CHANGE = Map.of("phq-9", 6, "gad-7", 4);

    private final Variant variant;

    public ChangeRules(Variant variant) {
        this.variant = variant;
    }

    public Variant variant() {
        return variant;
    }

    public static Optional<Integer> reliableChangeThreshold(String instrumentId) {
        return Optional.ofNullable(RELIABLE_CHANGE.get(instrumentId));
    }

    /** Reliable change of one measure, first to last score. */
    public static ReliableChange reliableChange(Trajectory t) {
        Integer threshold = RELIABLE_CHANGE.get(t.instrumentId());
        if (threshold == null || t == null || !t.hasChange()) {
            return ReliableChange.NOT_AVAILABLE;
        }
        int change = t.change();
        if (change <= -threshold) {
            return ReliableChange.IMPROVEMENT;
        }
        if (change >= threshold) {
            return ReliableChange.DETERIORATION;
        }
        return ReliableChange.NO_RELIABLE_CHANGE;
    }

    /** The paired PHQ-9/GAD-7 outcome; either trajectory may be null or short (then only the other one counts). */
    public Outcome outcome(Trajectory phq9, Trajectory gad7) {
        ReliableChange phq = phq9 == null ? ReliableChange.NOT_AVAILABLE : reliableChange(phq9);
        ReliableChange gad = gad7 == null ? ReliableChange.NOT_AVAILABLE : reliableChange(gad7);
        boolean assessable = phq != ReliableChange.NOT_AVAILABLE || gad != ReliableChange.NOT_AVAILABLE;
        if (!assessable) {
            return new Outcome(phq, gad, ReliableChange.NOT_AVAILABLE, false, false, false, false);
        }
        boolean anyImproved = phq == ReliableChange.IMPROVEMENT || gad == ReliableChange.IMPROVEMENT;
        boolean anyDeteriorated = phq == ReliableChange.DETERIORATION || gad == ReliableChange.DETERIORATION;
        boolean improved = switch (variant) {
            case EITHER_MEASURE -> anyImproved;
            case NO_DETERIORATION_ON_OTHER -> anyImproved && !anyDeteriorated;
        };
        boolean deteriorated = switch (variant) {
            case EITHER_MEASURE -> anyDeteriorated && !anyImproved;
            case NO_DETERIORATION_ON_OTHER -> anyDeteriorated;
        };
        ReliableChange combined = improved ? ReliableChange.IMPROVEMENT
                : deteriorated ? ReliableChange.DETERIORATION : ReliableChange.NO_RELIABLE_CHANGE;
        boolean casenessAtStart = caseAt(phq9, true) || caseAt(gad7, true);
        boolean casenessAtEnd = caseAt(phq9, false) || caseAt(gad7, false);
        boolean recovered = casenessAtStart && !casenessAtEnd;
        return new Outcome(phq, gad, combined, casenessAtStart, casenessAtEnd, recovered, recovered && improved);
    }

    private static boolean caseAt(Trajectory t, boolean first) {
        if (t == null || t.points().isEmpty()) {
            return false;
        }
        ScorePoint p = first ? t.first() : t.last();
        return Boolean.TRUE.equals(p.caseness());
    }

    /** The paired outcome of one person since baseline. */
    public record Outcome(ReliableChange phq9, ReliableChange gad7, ReliableChange combined, boolean casenessAtStart,
                          boolean casenessAtEnd, boolean recovered, boolean reliablyRecovered) {

        /** The status in words, as the pathway page shows it. */
        public String words() {
            if (combined == ReliableChange.NOT_AVAILABLE) {
                return "bare baseline så langt";
            }
            if (reliablyRecovered) {
                return "reliabel bedring og under klinisk grense siden baseline (reliabel recovery)";
            }
            if (recovered) {
                return "under klinisk grense siden baseline (recovery), men ikke reliabel bedring";
            }
            return combined.words() + " siden baseline";
        }
    }
}
