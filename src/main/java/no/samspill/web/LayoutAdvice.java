package no.samspill.web;

import java.time.Clock;
import java.time.LocalDate;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the shared layout needs (the user, today) into every page of the web adapter. */
@ControllerAdvice(basePackages = "no.samspill.web")
class LayoutAdvice {

    private final CurrentUsers currentUsers;
    private final Clock clock;

    LayoutAdvice(CurrentUsers currentUsers, Clock clock) {
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @ModelAttribute("user")
    CurrentUser user() {
        return currentUsers.find().orElse(null);
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ModelAttribute("errors")
    FormErrors errors() {
        return FormErrors.NONE;
    }
}
