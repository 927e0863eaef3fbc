package no.samspill.indicator;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which a study module tells which arm a pathway is in. Implement it as a bean in the module that
 * enrols pathways, and call {@link RefreshPathwayIndicators#soon} after enrolling one. Without such a bean every
 * pathway is outside any study ({@link #NONE}).
 */
public interface StudyArms {

    StudyArms NONE = pathwayId -> Optional.empty();

    /** The arm of the pathway's study, empty when it is not enrolled. */
    Optional<String> armOf(UUID pathwayId);
}
