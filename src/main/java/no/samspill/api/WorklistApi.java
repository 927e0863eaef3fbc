package no.samspill.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.pathway.Worklist;
import no.samspill.pathway.WorklistKind;
import no.samspill.pathway.WorklistScope;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user's worklist: tasks and statutory milestones due this week and overdue. */
@RestController
@RequestMapping("/api/v1/worklist")
class WorklistApi {

    /** The last page a client may ask for (0-based): far beyond any real worklist, and its offset fits an int. */
    static final int MAX_PAGE = 100_000;

    private final Worklist worklist;
    private final CurrentUsers users;
    private final Clock clock;

    WorklistApi(Worklist worklist, CurrentUsers users, Clock clock) {
        this.worklist = worklist;
        this.users = users;
        this.clock = clock;
    }

    /**
     * @param scope WEEK (due by Sunday, including overdue), OVERDUE or ALL
     * @param kind  TASK or MILESTONE; all when left out
     * @param sort  "due" (oldest first) or "-due" (latest first)
     * @param page  0-based, at most {@value #MAX_PAGE}
     */
    @GetMapping
    ApiViews.WorklistView worklist(@RequestParam(defaultValue = "WEEK") WorklistScope scope,
                                   @RequestParam(required = false) WorklistKind kind,
                                   @RequestParam(defaultValue = "due") String sort,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(Worklist.MAX_PAGE_SIZE) int size) {
        if (!sort.equals("due") && !sort.equals("-due")) {
            throw InvalidInputException.of("sort", "Sorter på «due» (eldste først) eller «-due» (seneste først)");
        }
        var result = worklist.of(users.current().username(), scope, kind, sort.equals("-due"), page, size,
                LocalDate.now(clock));
        return new ApiViews.WorklistView(result.items().stream().map(ApiViews::worklistItem).toList(), result.page(),
                result.size(), result.hasNext());
    }
}
