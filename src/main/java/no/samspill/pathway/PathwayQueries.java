package no.samspill.pathway;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of pathways and their tasks. */
@Service
@Transactional(readOnly = true)
public class PathwayQueries {

    private final Pathways pathways;
    private final Tasks tasks;

    PathwayQueries(Pathways pathways, Tasks tasks) {
        this.pathways = pathways;
        this.tasks = tasks;
    }

    public Optional<Pathway> byId(UUID id) {
        return pathways.byId(id);
    }

    public Optional<Pathway> byReferral(UUID referralId) {
        return pathways.byReferral(referralId);
    }

    public List<Pathway> ofPerson(PersonId personId) {
        return pathways.ofPerson(personId);
    }

    public List<Pathway> withoutCoordinator(String clinic, int limit) {
        return pathways.withoutCoordinator(clinic, limit);
    }

    public List<Pathway> ofClinic(String clinic, PathwayState state, int page, int size) {
        return pathways.ofClinic(clinic, state, size, page * size);
    }

    public List<PathwayTask> tasks(UUID pathwayId) {
        return tasks.ofPathway(pathwayId);
    }

    public Optional<PathwayTask> task(UUID taskId) {
        return tasks.byId(taskId);
    }
}
