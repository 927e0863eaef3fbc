package no.samspill.questionnaire;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pathway module's answer to "where does a response go when no round waits for it": each person's open pathways,
 * newest first. Implemented by the pathway module (which owns pathways and depends on this one); asked by the
 * {@link SubmissionWriter} for a whole batch at once, as part of a write the caller was already allowed to make.
 */
public interface OpenPathways {

    /** person id → the ids of their open pathways, newest first; persons without one are missing from the map. */
    Map<UUID, List<UUID>> openOf(Collection<UUID> personIds);
}
