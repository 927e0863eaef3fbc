package no.samspill.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.questionnaire.CancelRounds;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The shared steps of every pathway change: load, check the version the user saw, apply, save, record, refresh. */
@Component
class ChangePathway {

    private final Pathways pathways;
    private final WorklistMaintenance worklist;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final PersonDataAccess access;
    private final ApplicationEventPublisher events;
    private final CancelRounds cancelRounds;

    ChangePathway(Pathways pathways, WorklistMaintenance worklist, ChangeLog changeLog, PersonDataAccess access,
                  ApplicationEventPublisher events, CancelRounds cancelRounds, Clock clock) {
        this.events = events;
        this.cancelRounds = cancelRounds;
        this.access = access;
        this.pathways = pathways;
        this.worklist = worklist;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    Pathway apply(UUID pathwayId, int expectedVersion, UnaryOperator<Pathway> change, String action, String detail,
                  InformationCategory category, String actor) {
        Pathway current = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        access.requireWrite(current.personId().value(), PathwayQueries.scope(current), category, "Pathway", pathwayId);
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException("Forløpet");
        }
        Pathway changed = change.apply(current);
        Instant now = clock.instant();
        pathways.update(changed, actor, now);
        changeLog.record(ChangeLog.change(current.personId().value(), "PATHWAY", pathwayId, action, actor, now, detail, category).heldBy(current.clinicOrgNumber()));
        worklist.refreshMilestones(changed, LocalDate.now(clock));
        if (current.state().open() && !changed.state().open()) {
            cancelRounds.ofClosedPathway(pathwayId);
        }
        events.publishEvent(new PathwayEvents.PathwayChanged(pathwayId));
        return pathways.byId(pathwayId).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
