package no.samspill.pathway;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes a pathway and records the outcome (back at work full/partial, new job, education, AAP, other). */
@Service
public class ClosePathway {

    private final ChangePathway change;

    ClosePathway(ChangePathway change) {
        this.change = change;
    }

    @Transactional
    public Pathway close(UUID pathwayId, int expectedVersion, Outcome outcome, String note, String actor) {
        return change.apply(pathwayId, expectedVersion, p -> p.close(outcome, note, change.today()), "Forløp avsluttet",
                outcome == null ? null : outcome.label(), InformationCategory.WORK_FUNCTION, actor);
    }
}
