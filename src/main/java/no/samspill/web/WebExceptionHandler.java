package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samspill.access.NoAccessException;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Error pages for what a form cannot show itself. No stack traces, Norwegian text. */
@ControllerAdvice(basePackages = "no.samspill.web")
class WebExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    /** No relationship to the person: answer as if nothing were there. Related but not allowed: 403. Nothing is shown. */
    @ExceptionHandler(NoAccessException.class)
    String noAccess(NoAccessException e, Model model, HttpServletResponse response) {
        if (e.hideExistence()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", "Siden finnes ikke");
            return "error/404";
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("message", e.getMessage());
        return "error/403";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", 400);
        model.addAttribute("message", "Lenken eller skjemaet inneholder en ugyldig verdi.");
        return "error";
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    String conflict(ConcurrentChangeException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("status", 409);
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    @ExceptionHandler(RefusedChangeException.class)
    String refused(RefusedChangeException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("status", 422);
        model.addAttribute("message", e.getMessage());
        return "error";
    }
}
