package no.samspill.web;

import no.samspill.platform.DemoMode;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.security.LoginProviders;
import no.samspill.security.LoginRejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The log-in page (Spring Security handles the POST) and the start page, which depends on the role. */
@Controller
class LoginController {

    private final CurrentUsers currentUsers;
    private final LoginProviders providers;
    private final DemoMode demoMode;

    LoginController(CurrentUsers currentUsers, LoginProviders providers, DemoMode demoMode) {
        this.currentUsers = currentUsers;
        this.providers = providers;
        this.demoMode = demoMode;
    }

    /** The form for the demo accounts (or when nothing else is configured) and a button per OIDC log-in. */
    @GetMapping("/login")
    String login(@RequestParam(name = "avvist", required = false) String rejected, Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("showForm", demoMode.enabled() || !providers.any());
        if (rejected != null) {
            model.addAttribute("rejection", LoginRejection.ofKey(rejected).map(LoginRejection::message)
                    .orElse(LoginRejection.GENERIC_MESSAGE));
        }
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
