package no.samspill.pathway;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives a pathway a (new) coordinator; the statutory milestones move to the new coordinator's worklist. */
@Service
public class AssignCoordinator {

    private final ChangePathway change;

    AssignCoordinator(ChangePathway change) {
        this.change = change;
    }

    @Transactional
    public Pathway assign(UUID pathwayId, int expectedVersion, String coordinator, String actor) {
        return change.apply(pathwayId, expectedVersion, p -> p.assign(coordinator), "Koordinator satt", coordinator,
                InformationCategory.ADMIN, actor);
    }
}
