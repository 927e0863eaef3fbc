package no.samspill.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks a task done, or void as registered in error (with a reason); either way it leaves the worklist. */
@Service
public class CompleteTask {

    private final Pathways pathways;
    private final Tasks tasks;
    private final WorklistMaintenance worklist;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final PersonDataAccess access;

    CompleteTask(Pathways pathways, Tasks tasks, WorklistMaintenance worklist, ChangeLog changeLog,
                 PersonDataAccess access, Clock clock) {
        this.access = access;
        this.pathways = pathways;
        this.tasks = tasks;
        this.worklist = worklist;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Transactional
    public PathwayTask complete(UUID taskId, int expectedVersion, String actor) {
        return change(taskId, expectedVersion, t -> t.complete(LocalDate.now(clock)), "Oppgave utført", null, actor);
    }

    @Transactional
    public PathwayTask registerInError(UUID taskId, int expectedVersion, String reason, String actor) {
        return change(taskId, expectedVersion, t -> t.voidAsRegisteredInError(reason),
                "Oppgave markert som registrert feil", reason, actor);
    }

    private PathwayTask change(UUID taskId, int expectedVersion, UnaryOperator<PathwayTask> change, String action,
                              String detail, String actor) {
        PathwayTask current = tasks.byId(taskId).orElseThrow(() -> new NotFoundException("Oppgaven"));
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException("Oppgaven");
        }
        Pathway owning = pathways.byId(current.pathwayId()).orElseThrow();
        // The owner of a task (a nearest leader, the patient, NAV) may mark it done; other changes are the clinic's.
        boolean own = detail == null && current.owner().equals(actor);
        access.requireWrite(owning.personId().value(), PathwayQueries.scope(owning), InformationCategory.ADMIN,
                own ? "OwnTask" : "Task", taskId);
        PathwayTask changed = change.apply(current);
        Instant now = clock.instant();
        tasks.update(changed, actor, now);
        worklist.taskClosed(changed);
        Pathway pathway = pathways.byId(current.pathwayId()).orElseThrow();
        changeLog.record(ChangeLog.change(pathway.personId().value(), "TASK", taskId, action, actor, now,
                detail == null ? current.title() : current.title() + ": " + detail, InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        return tasks.byId(taskId).orElseThrow();
    }
}
