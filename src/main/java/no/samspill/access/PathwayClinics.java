package no.samspill.access;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which clinic holds a pathway: a port the pathway module implements, so the access decision can scope a clinic
 * team's reads and writes to its own clinic's pathways ({@link ClinicScope}) while {@code access} depends on no domain
 * module. Not person data (an organisation number); not logged.
 */
public interface PathwayClinics {

    Optional<String> clinicOf(UUID pathwayId);

    /** pathway id → clinic, for several pathways in one query; unknown pathways are missing from the map. */
    Map<UUID, String> clinicsOf(Collection<UUID> pathwayIds);
}
