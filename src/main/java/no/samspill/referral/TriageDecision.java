package no.samspill.referral;

import java.time.LocalDate;
import no.samspill.shared.FieldErrors;

/**
 * A triage decision. Right to care needs a legally binding latest start date; no right needs the reason; more
 * information needed says what is missing.
 */
public record TriageDecision(TriageOutcome outcome, LocalDate latestStartDate, String text) {

    public void check(FieldErrors errors, LocalDate decidedOn) {
        if (outcome == null) {
            errors.add("outcome", "Velg vurdering");
            return;
        }
        switch (outcome) {
            case RIGHT_TO_CARE -> {
                errors.check(latestStartDate != null, "latestStartDate", "Rett til helsehjelp krever seneste frist for oppstart");
                if (latestStartDate != null) {
                    errors.check(latestStartDate.isAfter(decidedOn), "latestStartDate",
                            "Seneste oppstart må være etter vurderingsdatoen");
                }
            }
            case NO_RIGHT -> {
                errors.check(latestStartDate == null, "latestStartDate", "Oppstartsfrist gis bare ved rett til helsehjelp");
                errors.check(text != null && !text.isBlank(), "text", "Begrunn avslaget");
            }
            case MORE_INFORMATION_NEEDED -> {
                errors.check(latestStartDate == null, "latestStartDate", "Oppstartsfrist gis bare ved rett til helsehjelp");
                errors.check(text != null && !text.isBlank(), "text", "Skriv hvilken informasjon som mangler");
            }
        }
    }
}
