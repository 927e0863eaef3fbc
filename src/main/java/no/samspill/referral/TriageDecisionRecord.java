package no.samspill.referral;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;

/** One triage decision from the referral's history. */
@PersonData(InformationCategory.HEALTH)
public record TriageDecisionRecord(TriageOutcome outcome, LocalDate latestStartDate, String text, LocalDate decidedOn,
                                   String decidedBy) {
}
