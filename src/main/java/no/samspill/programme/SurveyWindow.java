package no.samspill.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.shared.RefusedChangeException;

/**
 * When a survey wave takes answers (decision 0032). The before-wave is open until the first step is delivered (it is
 * closed then); the after-wave opens when every step is delivered; the six-month wave opens
 * {@value #SIX_MONTHS_WEEKS} weeks after the last step was delivered. Every wave is open until it is closed. Plain
 * Java; "today" is a parameter.
 */
public final class SurveyWindow {

    public static final int SIX_MONTHS_WEEKS = 26;

    private SurveyWindow() {
    }

    /** Why the wave takes no answers today, or empty when it does. */
    public static Optional<String> refusal(SurveyWave wave, List<Step> steps, Set<SurveyWave> closed, LocalDate today) {
        if (closed.contains(wave)) {
            return Optional.of("Denne runden av undersøkelsen er avsluttet");
        }
        LocalDate completed = RunProgress.completedOn(steps);
        return switch (wave) {
            case BEFORE -> steps.stream().anyMatch(Step::delivered)
                    ? Optional.of("Før-undersøkelsen er avsluttet: programmet har startet")
                    : Optional.empty();
            case AFTER -> completed == null
                    ? Optional.of("Etter-undersøkelsen åpner når alle trinnene er gjennomført")
                    : Optional.empty();
            case SIX_MONTHS -> completed == null || today.isBefore(opens(completed))
                    ? Optional.of("Seksmånedersundersøkelsen åpner " + SIX_MONTHS_WEEKS
                            + " uker etter at siste trinn er gjennomført")
                    : Optional.empty();
        };
    }

    /** Refuses when the wave takes no answers today, with {@link #refusal}'s reason. */
    public static void require(SurveyWave wave, List<Step> steps, Set<SurveyWave> closed, LocalDate today) {
        Optional<String> refusal = refusal(wave, steps, closed, today);
        if (refusal.isPresent()) {
            throw new RefusedChangeException(refusal.get());
        }
    }

    static LocalDate opens(LocalDate completed) {
        return completed.plusWeeks(SIX_MONTHS_WEEKS);
    }
}
