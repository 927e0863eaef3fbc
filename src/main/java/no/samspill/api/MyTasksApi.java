package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.pathway.CompleteTask;
import no.samspill.pathway.OwnTasks;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.Worklist;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in party's own open tasks (nearest leader, patient, NAV counsellor, GP), on the pathways they may see,
 * and marking one done — the owner's right to write ({@link CompleteTask}).
 */
@RestController
@RequestMapping("/api/v1/my-tasks")
class MyTasksApi {

    private final OwnTasks ownTasks;
    private final PathwayQueries pathways;
    private final CompleteTask completeTask;
    private final CurrentUsers users;
    private final Clock clock;

    MyTasksApi(OwnTasks ownTasks, PathwayQueries pathways, CompleteTask completeTask, CurrentUsers users, Clock clock) {
        this.ownTasks = ownTasks;
        this.pathways = pathways;
        this.completeTask = completeTask;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    MyTasksView list(@RequestParam(defaultValue = "0") @Min(0) @Max(WorklistApi.MAX_PAGE) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(Worklist.MAX_PAGE_SIZE) int size) {
        OwnTasks.Page result = ownTasks.of(users.current().username(), page, size, LocalDate.now(clock));
        return new MyTasksView(result.tasks().stream().map(t -> new MyTaskView(t.task().id(), t.task().version(),
                t.task().pathwayId(), t.task().title(), t.task().dueDate(), t.item().overdue(), t.item().patientName()))
                .toList(), result.page(), result.size(), result.hasNext());
    }

    @PostMapping("/{taskId}/done")
    ApiViews.TaskView done(@PathVariable UUID taskId, @Valid @RequestBody VersionRequest request) {
        pathways.task(taskId).orElseThrow(() -> new NotFoundException("Oppgaven"));
        return ApiViews.task(completeTask.complete(taskId, request.version(), users.current().username()));
    }

    record MyTaskView(UUID id, int version, UUID pathwayId, String title, LocalDate dueDate, boolean overdue,
                      String patientName) {
    }

    record MyTasksView(List<MyTaskView> items, int page, int size, boolean hasNext) {
    }

    record VersionRequest(@NotNull Integer version) {
    }
}
