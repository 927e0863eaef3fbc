package no.samspill.pathway;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.PathwayClinics;
import org.springframework.stereotype.Component;

/**
 * Tells the access decision which clinic holds a pathway, so a clinic's team reads and changes only its own clinic's
 * pathways (decision 0030). Implements the access module's port, so {@code pathway → access} stays acyclic.
 */
@Component
class PathwayClinicsForAccess implements PathwayClinics {

    private final Pathways pathways;

    PathwayClinicsForAccess(Pathways pathways) {
        this.pathways = pathways;
    }

    @Override
    public Optional<String> clinicOf(UUID pathwayId) {
        return pathways.clinicOf(pathwayId);
    }

    @Override
    public Map<UUID, String> clinicsOf(Collection<UUID> pathwayIds) {
        return pathways.clinicsOf(pathwayIds);
    }
}
