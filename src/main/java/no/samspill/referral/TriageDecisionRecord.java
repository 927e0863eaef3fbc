package no.samspill.referral;

import java.time.LocalDate;

/** One triage decision from the referral's history. */
public record TriageDecisionRecord(TriageOutcome outcome, LocalDate latestStartDate, String text, LocalDate decidedOn,
                                   String decidedBy) {
}
