package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
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
import java.util.UUID;
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
 */
@Component
class TaskProvider implements IResourceProvider {

    private final PathwayQueries pathways;
    private final SickLeaveTimelines timelines;
    private final Clock clock;

    TaskProvider(PathwayQueries pathways, SickLeaveTimelines timelines, Clock clock) {
        this.pathways = pathways;
        this.timelines = timelines;
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
