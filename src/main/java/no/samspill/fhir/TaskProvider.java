package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.CompleteTask;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayTask;
import no.samspill.person.PersonId;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * Task = a pathway task ({@link PathwayQueries}, id = the task's UUID) or a statutory milestone of the person's
 * current sick-leave case period ({@link SickLeaveTimelines}, work-function data; id = "ms-", person, milestone code).
 * Update = {@link CompleteTask}: a pathway task's owner (a nearest leader, NAV, the patient) or the clinic marks it
 * done; the clinic voids one registered in error. Milestones are computed from the timeline and cannot be updated.
 */
@Component
class TaskProvider implements IResourceProvider {

    private final PathwayQueries pathways;
    private final SickLeaveTimelines timelines;
    private final CompleteTask completeTask;
    private final PersonDataAccess access;
    private final Clock clock;

    TaskProvider(PathwayQueries pathways, SickLeaveTimelines timelines, CompleteTask completeTask,
                 PersonDataAccess access, Clock clock) {
        this.pathways = pathways;
        this.timelines = timelines;
        this.completeTask = completeTask;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id) {
        String text = id.getIdPart();
        if (text.startsWith("ms-") && text.length() > 36) {
            UUID person = FhirIds.fromCompact(text.substring(3, 35)).orElseThrow(() -> FhirIds.notFound(id));
            String code = text.substring(36);
            return timelines.timeline(new PersonId(person), LocalDate.now(clock)).milestones().stream()
                    .filter(m -> FhirMapping.milestoneCode(m.kind()).equals(code))
                    .findFirst().map(m -> FhirMapping.milestone(person, m)).orElseThrow(() -> FhirIds.notFound(id));
        }
        PathwayTask task = pathways.task(FhirIds.uuidOrNotFound(id)).orElseThrow(() -> FhirIds.notFound(id));
        Pathway pathway = pathways.byId(task.pathwayId()).orElseThrow(() -> FhirIds.notFound(id));
        return FhirMapping.task(task, pathway);
    }

    /**
     * Status {@code requested} → {@code completed} marks the task done; → {@code entered-in-error} with a
     * {@code statusReason.text} voids it. Nothing else may change (422); the same status again changes nothing. Without
     * If-Match: 428; a stale one: 412, so that nobody overwrites a change they have not seen.
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Task task) {
        if (id.getIdPart() != null && id.getIdPart().startsWith("ms-")) {
            throw new UnprocessableEntityException("Statutory milestones follow from the sick-leave timeline and the "
                    + "meetings and plans that meet them; they cannot be updated");
        }
        UUID taskId = FhirIds.uuidOrNotFound(id);
        int expected = FhirIds.ifMatchVersion(id);
        PathwayTask current = pathways.task(taskId).orElseThrow(() -> FhirIds.notFound(id));
        Pathway pathway = pathways.byId(current.pathwayId()).orElseThrow(() -> FhirIds.notFound(id));
        Task stored = FhirMapping.task(current, pathway);
        if (!Objects.equals(task.getDescription(), stored.getDescription())
                || !Objects.equals(task.getOwner().getDisplay(), stored.getOwner().getDisplay())
                || !Objects.equals(task.getFor().getReference(), stored.getFor().getReference())
                || !Objects.equals(dueDate(task), dueDate(stored))) {
            throw new UnprocessableEntityException("Only Task.status (and its statusReason) can change over FHIR: "
                    + "description, owner, patient and due date are kept as they are");
        }
        Task.TaskStatus status = task.getStatus();
        String actor = access.viewer().username();
        PathwayTask changed;
        if (status == stored.getStatus()) {
            if (current.version() != expected) {
                throw new PreconditionFailedException("Task/" + taskId + " is at version " + current.version()
                        + ", not " + expected);
            }
            changed = current;
        } else if (stored.getStatus() != Task.TaskStatus.REQUESTED) {
            throw new UnprocessableEntityException("Task/" + taskId + " is " + stored.getStatus().toCode()
                    + " and cannot change any more");
        } else if (status == Task.TaskStatus.COMPLETED) {
            changed = completeTask.complete(taskId, expected, actor);
        } else if (status == Task.TaskStatus.ENTEREDINERROR) {
            String reason = task.getStatusReason().getText();
            if (reason == null || reason.isBlank()) {
                throw new UnprocessableEntityException("Task.statusReason.text must say why the task was registered "
                        + "in error");
            }
            changed = completeTask.registerInError(taskId, expected, reason.trim(), actor);
        } else {
            throw new UnprocessableEntityException("Supported changes: status completed, or status entered-in-error "
                    + "with a statusReason");
        }
        Task updated = FhirMapping.task(changed, pathway);
        return new MethodOutcome(new IdType("Task", taskId.toString(), updated.getMeta().getVersionId()))
                .setResource(updated);
    }

    private static String dueDate(Task t) {
        return t.getRestriction().getPeriod().getEndElement().getValueAsString();
    }

    /** The person's pathway tasks, plus the milestones of their current case period when the user may see them. */
    @Search
    public List<Task> search(@RequiredParam(name = Task.SP_PATIENT) ReferenceParam patient,
                             @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
                             @OptionalParam(name = Task.SP_CODE) TokenOrListParam code,
            @Offset Integer offset, @Count Integer count) {
        UUID person = FhirIds.patient(patient).orElse(null);
        if (person == null) {
            return List.of();
        }
        List<Task> result = new ArrayList<>();
        for (Pathway pathway : Searches.visibleOrEmpty(() -> pathways.ofPerson(new PersonId(person)))) {
            for (PathwayTask task : Searches.visibleOrEmpty(() -> pathways.tasks(pathway.id()))) {
                result.add(FhirMapping.task(task, pathway));
            }
        }
        List<TimelineMilestone> milestones = Searches.visibleOrEmpty(
                () -> timelines.timeline(new PersonId(person), LocalDate.now(clock)).milestones());
        milestones.forEach(m -> result.add(FhirMapping.milestone(person, m)));
        return Searches.page(result.stream()
                .filter(t -> Searches.matches(status, t.getStatus().toCode()))
                .filter(t -> Searches.matches(code, t.getCode().getCodingFirstRep().getCode()))
                .toList(), offset, count);
    }
}
