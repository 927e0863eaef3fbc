package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.pathway.CompleteTask;
import no.samspill.pathway.OwnTasks;
import no.samspill.pathway.PathwayQueries;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mine oppgaver" for the parties outside the clinic (nearest leader, patient, NAV counsellor, GP): the open tasks they
 * own on the pathways they may see (meeting minutes put them there), and marking one done.
 */
@Controller
class MyTasksController {

    static final int PAGE_SIZE = 50;

    private final OwnTasks ownTasks;
    private final PathwayQueries pathways;
    private final CompleteTask completeTask;
    private final CurrentUsers users;
    private final Clock clock;

    MyTasksController(OwnTasks ownTasks, PathwayQueries pathways, CompleteTask completeTask, CurrentUsers users,
                      Clock clock) {
        this.ownTasks = ownTasks;
        this.pathways = pathways;
        this.completeTask = completeTask;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/mine-oppgaver")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        OwnTasks.Page tasks = ownTasks.of(users.current().username(),
                Math.min(Math.max(0, page), WorklistController.MAX_PAGE), PAGE_SIZE, LocalDate.now(clock));
        model.addAttribute("tasks", tasks);
        return "my-tasks";
    }

    @PostMapping("/mine-oppgaver/{taskId}/utfort")
    String done(@PathVariable UUID taskId, @RequestParam int version, Model model, HttpServletResponse response) {
        pathways.task(taskId).orElseThrow(() -> new NotFoundException("Oppgaven"));
        try {
            completeTask.complete(taskId, version, users.current().username());
            return "redirect:/mine-oppgaver";
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return list(0, model);
    }
}
