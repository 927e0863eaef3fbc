package no.samspill.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonData;

/** A published version of the plan, with who has acknowledged it. */
@PersonData(InformationCategory.WORK_FUNCTION)
public record PlanVersion(UUID id, UUID pathwayId, UUID personId, int number, String goal,
                          List<PlanDraft.Adjustment> adjustments, List<PlanDraft.GradedStep> steps, String navMeasures,
                          List<LocalDate> reviewDates, String publishedBy, Instant publishedAt,
                          List<Acknowledgement> acknowledgements) {

    /** A party's confirmation that they have read and agree to this version. */
    public record Acknowledgement(Party party, String username, Instant at) {
    }

    public boolean acknowledgedBy(Party party) {
        return acknowledgements.stream().anyMatch(a -> a.party() == party);
    }

    /** Agreed: both the patient and the employer have acknowledged it. */
    public boolean agreed() {
        return acknowledgedBy(Party.PATIENT) && acknowledgedBy(Party.EMPLOYER);
    }

    public PlanDraft draft() {
        return new PlanDraft(goal, adjustments, steps, navMeasures, reviewDates, false);
    }
}
