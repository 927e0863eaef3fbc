package no.samspill.web;

import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.Run;
import no.samspill.programme.Workplace;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workplace contact's page: their own workplace's programme (matched by organisation number), nothing else. */
@Controller
class ContactController {

    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final CurrentUsers currentUsers;
    private final RunController runs;

    ContactController(ProgrammeQueries queries, ProgrammeAccess access, CurrentUsers currentUsers, RunController runs) {
        this.queries = queries;
        this.access = access;
        this.currentUsers = currentUsers;
        this.runs = runs;
    }

    @GetMapping("/program/min")
    String mine(Model model) {
        CurrentUser user = currentUsers.current();
        access.requireProgrammeUser(user);
        if (access.isOwner(user)) {
            return "redirect:/program";
        }
        Workplace workplace = queries.workplaceOf(user.organisationNumber()).orElse(null);
        if (workplace == null) {
            model.addAttribute("view", null);
            return "programme/contact";
        }
        access.requireView(user, workplace);
        Run run = queries.runOf(workplace.id()).orElseThrow(() -> new NotFoundException("Programmet"));
        return runs.page(run, model);
    }
}
