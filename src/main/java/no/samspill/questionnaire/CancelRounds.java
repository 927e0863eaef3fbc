package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pathway was closed: its rounds that are not answered are cancelled (they stay in the record as "avlyst"), their
 * links stop working and they leave the worklist. Called by the pathway module inside the transaction of the change
 * it has already been allowed to make.
 */
@Service
public class CancelRounds {

    private final Assignments assignments;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CancelRounds(Assignments assignments, Links links, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<UUID> ofClosedPathway(UUID pathwayId) {
        Instant now = clock.instant();
        List<UUID> cancelled = assignments.cancelOpen(pathwayId, now);
        links.revokeOpen(cancelled, now);
        cancelled.forEach(round -> events.publishEvent(new QuestionnaireEvents.RoundClosed(pathwayId, round)));
        return cancelled;
    }
}
