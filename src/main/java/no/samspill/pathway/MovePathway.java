package no.samspill.pathway;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator moves a pathway on: triaged → in assessment → in follow-up. Illegal moves are refused. */
@Service
public class MovePathway {

    private final ChangePathway change;

    MovePathway(ChangePathway change) {
        this.change = change;
    }

    @Transactional
    public Pathway moveTo(UUID pathwayId, int expectedVersion, PathwayState target, String actor) {
        return change.apply(pathwayId, expectedVersion, p -> p.moveTo(target), "Forløp: " + target.label(), null,
                InformationCategory.ADMIN, actor);
    }
}
