package no.samspill.pathway;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.DeidentifiedExport;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of pathways and their tasks, each through the access decision and scoped to the pathway's clinic (a clinic's
 * team reads only its own clinic's pathways); lists leave out what the viewer may not see.
 */
@Service
@Transactional(readOnly = true)
public class PathwayQueries {

    private final Pathways pathways;
    private final Tasks tasks;
    private final WorkStatuses workStatuses;
    private final PersonDataAccess access;

    PathwayQueries(Pathways pathways, Tasks tasks, WorkStatuses workStatuses, PersonDataAccess access) {
        this.pathways = pathways;
        this.tasks = tasks;
        this.workStatuses = workStatuses;
        this.access = access;
    }

    public Optional<Pathway> byId(UUID id) {
        return checked(pathways.byId(id));
    }

    public Optional<Pathway> byReferral(UUID referralId) {
        return checked(pathways.byReferral(referralId));
    }

    /** The person's pathways the viewer may read: for a clinic's team, those of its own clinic. */
    public List<Pathway> ofPerson(PersonId personId) {
        access.requireRead(personId.value(), InformationCategory.ADMIN, "Pathway", null);
        return pathways.ofPerson(personId).stream().filter(p -> access.mayRead(personId.value(),
                ClinicScope.clinic(p.clinicOrgNumber()), InformationCategory.ADMIN)).toList();
    }

    public List<Pathway> withoutCoordinator(String clinic, int limit) {
        return visible(pathways.withoutCoordinator(clinic, limit));
    }

    public List<Pathway> ofClinic(String clinic, PathwayState state, int page, int size) {
        return visible(pathways.ofClinic(clinic, state, size, page * size));
    }

    public List<PathwayTask> tasks(UUID pathwayId) {
        pathways.byId(pathwayId).ifPresent(p -> access.requireRead(p.personId().value(), scope(p),
                InformationCategory.ADMIN, "Task", pathwayId));
        return tasks.ofPathway(pathwayId);
    }

    /**
     * The owner's open tasks on the given pathways: each pathway is checked (and logged) as {@link #tasks} checks it,
     * then the tasks are read in one query filtered by the owner.
     */
    public List<PathwayTask> openTasksOf(String owner, Collection<UUID> pathwayIds) {
        Map<UUID, Pathway> found = new HashMap<>();
        pathways.byIds(pathwayIds).forEach(p -> found.put(p.id(), p));
        pathwayIds.stream().distinct().map(found::get).filter(Objects::nonNull).forEach(p -> access.requireRead(
                p.personId().value(), scope(p), InformationCategory.ADMIN, "Task", p.id()));
        return tasks.openOf(owner, pathwayIds);
    }

    public Optional<PathwayTask> task(UUID taskId) {
        Optional<PathwayTask> task = tasks.byId(taskId);
        task.flatMap(t -> pathways.byId(t.pathwayId())).ifPresent(p -> access.requireRead(p.personId().value(),
                scope(p), InformationCategory.ADMIN, "Task", taskId));
        return task;
    }

    /**
     * For a de-identified bulk export (the grant is the access decision, logged by the exporter per job): a page of
     * pathways, optionally of one clinic, in (person, id) order after the given key, so a person's pathways come
     * together and the export never holds more than a page.
     */
    public List<Pathway> exportPage(DeidentifiedExport grant, String clinic, UUID afterPerson, UUID afterId, int size) {
        DeidentifiedExport.require(grant);
        return pathways.exportPage(clinic, afterPerson, afterId, size);
    }

    /** How many pathways {@link #exportPage} will go through (for the export's progress). */
    public long countForExport(DeidentifiedExport grant, String clinic) {
        DeidentifiedExport.require(grant);
        return pathways.countForExport(clinic);
    }

    /** Work status at 3, 6 and 12 months after the assessment, as far as recorded. */
    public List<WorkStatusRecord> workStatuses(UUID pathwayId) {
        pathways.byId(pathwayId).ifPresent(p -> access.requireRead(p.personId().value(), scope(p),
                InformationCategory.WORK_FUNCTION, "WorkStatus", pathwayId));
        return workStatuses.ofPathway(pathwayId);
    }

    private Optional<Pathway> checked(Optional<Pathway> pathway) {
        pathway.ifPresent(p -> access.requireRead(p.personId().value(), scope(p), InformationCategory.ADMIN, "Pathway",
                p.id()));
        return pathway;
    }

    private List<Pathway> visible(List<Pathway> list) {
        return access.readableOf(list, p -> p.personId().value(), Pathway::clinicOrgNumber, InformationCategory.ADMIN,
                "Pathway");
    }

    /** A pathway and everything on it are held by its clinic. */
    static ClinicScope scope(Pathway pathway) {
        return ClinicScope.clinic(pathway.clinicOrgNumber());
    }
}
