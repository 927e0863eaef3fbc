package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.AssignCoordinator;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.CompleteTask;
import no.samspill.pathway.MovePathway;
import no.samspill.pathway.Outcome;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayFilter;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwaySearch;
import no.samspill.pathway.PathwayState;
import no.samspill.person.PersonDirectory;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.RegisterSickLeavePeriodInError;
import no.samspill.sickleave.SickLeaveTimelines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pathways: state, coordinator, tasks, sick-leave periods and statutory milestones. */
@RestController
@RequestMapping("/api/v1/pathways")
class PathwayApi {

    private final PathwayQueries pathways;
    private final PathwaySearch search;
    private final MovePathway movePathway;
    private final ClosePathway closePathway;
    private final AssignCoordinator assignCoordinator;
    private final AddTask addTask;
    private final CompleteTask completeTask;
    private final SickLeaveTimelines timelines;
    private final RegisterSickLeavePeriod registerPeriod;
    private final RegisterSickLeavePeriodInError registerPeriodInError;
    private final RecordMilestoneMet recordMilestoneMet;
    private final PersonDirectory persons;
    private final CurrentUsers users;
    private final PersonDataAccess access;
    private final Clock clock;

    PathwayApi(PathwayQueries pathways, PathwaySearch search, MovePathway movePathway, ClosePathway closePathway,
               AssignCoordinator assignCoordinator, AddTask addTask, CompleteTask completeTask,
               SickLeaveTimelines timelines, RegisterSickLeavePeriod registerPeriod,
               RegisterSickLeavePeriodInError registerPeriodInError, RecordMilestoneMet recordMilestoneMet,
               PersonDirectory persons, CurrentUsers users, PersonDataAccess access, Clock clock) {
        this.access = access;
        this.pathways = pathways;
        this.search = search;
        this.movePathway = movePathway;
        this.closePathway = closePathway;
        this.assignCoordinator = assignCoordinator;
        this.addTask = addTask;
        this.completeTask = completeTask;
        this.timelines = timelines;
        this.registerPeriod = registerPeriod;
        this.registerPeriodInError = registerPeriodInError;
        this.recordMilestoneMet = recordMilestoneMet;
        this.persons = persons;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The clinic's pathways, newest first",
            description = "The logged-in clinic user's clinic. Filter by state; search by a whole national ID number "
                    + "or by the beginnings of given/family names (every word must begin one). Persons the viewer may "
                    + "not see are left out. Bad values are 400 problem+json naming the field (state, q, page, size). "
                    + "tooManyNames: the name matches more than " + PathwaySearch.MAX_NAME_MATCHES
                    + " persons; nothing is listed, write more of the name.")
    ApiViews.PathwayListView list(
            @Parameter(description = "REFERRED, TRIAGED, IN_ASSESSMENT, IN_FOLLOW_UP or CLOSED; all when left out")
            @RequestParam(required = false) String state,
            @Parameter(description = "a whole national ID number (11 digits) or the beginnings of names")
            @RequestParam(required = false) String q,
            @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
            @Parameter(description = "page size 1–" + PathwayFilter.MAX_SIZE + ", default " + PathwayFilter.DEFAULT_SIZE)
            @RequestParam(required = false) String size) {
        var result = search.ofClinic(users.current().organisationNumber(), PathwayFilter.parse(state, q, page, size));
        return new ApiViews.PathwayListView(result.items().stream().map(ApiViews::pathwayListItem).toList(),
                result.page(), result.size(), result.hasNext(), result.tooManyNames());
    }

    /**
     * The pathway as the viewer may see it: administrative data for every related party; the sick-leave timeline only
     * for those who may read work-function data; tasks: all for the clinic team, otherwise only the viewer's own.
     */
    @GetMapping("/{id}")
    ApiViews.PathwayView one(@PathVariable UUID id) {
        Pathway pathway = visible(id);
        var user = users.current();
        boolean clinicTeam = user.role().clinicTeam();
        var timeline = access.mayRead(pathway.personId().value(), InformationCategory.WORK_FUNCTION)
                ? timelines.timeline(pathway.personId(), LocalDate.now(clock)) : null;
        var tasks = pathways.tasks(id).stream().filter(t -> clinicTeam || user.username().equals(t.owner())).toList();
        return ApiViews.pathway(pathway, persons.patient(pathway.personId()).orElse(null), tasks, timeline);
    }

    @PostMapping("/{id}/state")
    ApiViews.PathwayView move(@PathVariable UUID id, @Valid @RequestBody MoveRequest request) {
        movePathway.moveTo(visible(id).id(), request.version(), request.state(), username());
        return one(id);
    }

    @PostMapping("/{id}/close")
    ApiViews.PathwayView close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request) {
        closePathway.close(visible(id).id(), request.version(), request.outcome(), request.note(), username());
        return one(id);
    }

    @PutMapping("/{id}/coordinator")
    ApiViews.PathwayView coordinator(@PathVariable UUID id, @Valid @RequestBody CoordinatorRequest request) {
        assignCoordinator.assign(visible(id).id(), request.version(), request.coordinator(), username());
        return one(id);
    }

    @PostMapping("/{id}/tasks")
    ResponseEntity<ApiViews.TaskView> addTask(@PathVariable UUID id, @Valid @RequestBody TaskRequest request) {
        var task = addTask.add(visible(id).id(), request.title(), request.owner(), request.dueDate(), username());
        return ResponseEntity.created(URI.create("/api/v1/pathways/" + id + "/tasks/" + task.id()))
                .body(ApiViews.task(task));
    }

    @PostMapping("/{id}/tasks/{taskId}/done")
    ApiViews.TaskView taskDone(@PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody VersionRequest request) {
        return ApiViews.task(completeTask.complete(taskOf(id, taskId), request.version(), username()));
    }

    @PostMapping("/{id}/tasks/{taskId}/registered-in-error")
    ApiViews.TaskView taskInError(@PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody VoidRequest request) {
        return ApiViews.task(completeTask.registerInError(taskOf(id, taskId), request.version(), request.reason(), username()));
    }

    @GetMapping("/{id}/sick-leave")
    ApiViews.TimelineView sickLeave(@PathVariable UUID id) {
        return ApiViews.timeline(timelines.timeline(visible(id).personId(), LocalDate.now(clock)));
    }

    @PostMapping("/{id}/sick-leave-periods")
    ResponseEntity<ApiViews.TimelineView> addPeriod(@PathVariable UUID id, @Valid @RequestBody PeriodRequest request) {
        Pathway pathway = visible(id);
        var period = registerPeriod.register(pathway.personId(), request.from(), request.to(), request.grade(), username());
        return ResponseEntity.created(URI.create("/api/v1/pathways/" + id + "/sick-leave-periods/" + period.id()))
                .body(sickLeave(id));
    }

    @PostMapping("/{id}/sick-leave-periods/{periodId}/registered-in-error")
    ApiViews.TimelineView periodInError(@PathVariable UUID id, @PathVariable UUID periodId,
                                        @Valid @RequestBody ReasonRequest request) {
        registerPeriodInError.registerInError(visible(id).personId(), periodId, request.reason(), username());
        return sickLeave(id);
    }

    @PostMapping("/{id}/milestones/{kind}/met")
    ApiViews.TimelineView milestoneMet(@PathVariable UUID id, @PathVariable MilestoneKind kind,
                                       @Valid @RequestBody MilestoneMetRequest request) {
        recordMilestoneMet.record(visible(id).personId(), kind, request.metOn(), username());
        return sickLeave(id);
    }

    private String username() {
        return users.current().username();
    }

    /** The pathway, if the viewer may see it (the access decision answers: 404 or 403 otherwise). */
    private Pathway visible(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }

    private UUID taskOf(UUID pathwayId, UUID taskId) {
        visible(pathwayId);
        return pathways.task(taskId).filter(t -> t.pathwayId().equals(pathwayId)).map(t -> t.id())
                .orElseThrow(() -> new NotFoundException("Oppgaven"));
    }

    record MoveRequest(@NotNull Integer version, @NotNull PathwayState state) {
    }

    record CloseRequest(@NotNull Integer version, @NotNull Outcome outcome, @Size(max = 4000) String note) {
    }

    record CoordinatorRequest(@NotNull Integer version, @NotBlank @Size(max = 100) String coordinator) {
    }

    record TaskRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 100) String owner,
                       @NotNull LocalDate dueDate) {
    }

    record VersionRequest(@NotNull Integer version) {
    }

    record VoidRequest(@NotNull Integer version, @NotBlank @Size(max = 1000) String reason) {
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record PeriodRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Integer grade) {
    }

    record MilestoneMetRequest(@NotNull LocalDate metOn) {
    }
}
