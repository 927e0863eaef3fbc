package no.samspill.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in page (Spring Security handles the POST) and the start page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start() {
        return "redirect:/arbeidsliste";
    }
}
