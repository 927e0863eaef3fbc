package no.samspill.web;

import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in page (Spring Security handles the POST) and the start page, which depends on the role. */
@Controller
class LoginController {

    private final CurrentUsers currentUsers;

    LoginController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start() {
        CurrentUser user = currentUsers.current();
        return switch (user.role()) {
            case COORDINATOR, CLINICIAN -> "redirect:/arbeidsliste";
            case PATIENT -> "redirect:/mitt";
            case GP, NAV_COUNSELLOR, NEAREST_LEADER -> "redirect:/personer";
            case SECURITY_OFFICER -> "redirect:/tilgangslogg";
            case ANALYST -> "redirect:/analyse";
            case PROGRAMME_OWNER, WORKPLACE_CONTACT -> "redirect:/program";
        };
    }
}
