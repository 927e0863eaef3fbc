package no.samspill.pathway;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own open tasks across the pathways they may see — for the parties outside the clinic (nearest leader,
 * patient, NAV counsellor, GP), whom meeting minutes give tasks. The rows are the user's task rows of the worklist
 * table, so only persons the viewer may read are listed ({@link Worklist}); each task and its version is read through
 * {@link PathwayQueries#openTasksOf}: one checked and logged read per pathway, one query for the user's open tasks.
 */
@Service
@Transactional(readOnly = true)
public class OwnTasks {

    private final Worklist worklist;
    private final PathwayQueries pathways;

    OwnTasks(Worklist worklist, PathwayQueries pathways) {
        this.worklist = worklist;
        this.pathways = pathways;
    }

    public Page of(String username, int page, int size, LocalDate today) {
        WorklistPage items = worklist.of(username, WorklistScope.ALL, WorklistKind.TASK, false, page, size, today);
        Map<UUID, PathwayTask> tasks = new HashMap<>();
        pathways.openTasksOf(username, items.items().stream().map(WorklistItem::pathwayId).distinct().toList())
                .forEach(t -> tasks.put(t.id(), t));
        List<OwnTask> own = items.items().stream()
                .map(i -> new OwnTask(i, tasks.get(UUID.fromString(i.ref()))))
                .filter(t -> t.task() != null)
                .toList();
        return new Page(own, items.page(), items.size(), items.hasNext());
    }

    /** One open task of the user, with the line it has on the worklist (the patient's name, overdue or not). */
    @PersonData(InformationCategory.ADMIN)
    public record OwnTask(WorklistItem item, PathwayTask task) {
    }

    /** One page of the user's tasks, due date first. */
    public record Page(List<OwnTask> tasks, int page, int size, boolean hasNext) {
    }
}
