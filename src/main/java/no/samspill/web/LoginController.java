package no.samspill.web;

import no.samspill.security.CurrentUsers;
import no.samspill.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in page (Spring Security handles the POST) and the start page. */
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
        Role role = currentUsers.find().map(u -> u.role()).orElse(null);
        if (role == Role.PROGRAMME_OWNER || role == Role.WORKPLACE_CONTACT) {
            return "redirect:/program";
        }
        return "redirect:/arbeidsliste";
    }
}
