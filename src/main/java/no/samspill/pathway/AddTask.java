package no.samspill.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a task with an owner and a due date to an open pathway; it appears on the owner's worklist. */
@Service
public class AddTask {

    private final Pathways pathways;
    private final Tasks tasks;
    private final WorklistMaintenance worklist;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final PersonDataAccess access;

    AddTask(Pathways pathways, Tasks tasks, WorklistMaintenance worklist, ChangeLog changeLog, PersonDataAccess access,
            Clock clock) {
        this.access = access;
        this.pathways = pathways;
        this.tasks = tasks;
        this.worklist = worklist;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Transactional
    public PathwayTask add(UUID pathwayId, String title, String owner, LocalDate dueDate, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        errors.check(title != null && !title.isBlank() && title.length() <= 300, "title",
                "Skriv en oppgavetekst (høyst 300 tegn)");
        errors.check(owner != null && Pathway.USERNAME.matcher(owner).matches(), "owner", "Velg hvem som eier oppgaven");
        errors.present("dueDate", dueDate);
        if (dueDate != null) {
            errors.check(!dueDate.isBefore(pathway.openedOn()), "dueDate",
                    "Fristen kan ikke være før forløpet startet (" + Dates.format(pathway.openedOn()) + ")");
            errors.check(!dueDate.isAfter(today.plusYears(2)), "dueDate", "Fristen kan ikke være mer enn to år fram i tid");
        }
        errors.throwIfAny();
        if (!pathway.state().open()) {
            throw new RefusedChangeException("Forløpet er avsluttet; nye oppgaver kan ikke legges til");
        }
        access.requireWrite(pathway.personId().value(), PathwayQueries.scope(pathway), InformationCategory.ADMIN,
                "Task", pathwayId);
        PathwayTask task = new PathwayTask(UUID.randomUUID(), pathwayId, title.trim(), owner, dueDate, null, null, 0);
        Instant now = clock.instant();
        tasks.insert(task, actor, now);
        worklist.taskOpened(task);
        changeLog.record(ChangeLog.change(pathway.personId().value(), "TASK", task.id(), "Oppgave lagt til", actor, now,
                task.title() + " (" + owner + ", frist " + Dates.format(dueDate) + ")", InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        return task;
    }
}
