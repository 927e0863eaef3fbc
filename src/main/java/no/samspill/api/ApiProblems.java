package no.samspill.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.access.NoAccessException;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error is an RFC 9457 problem (application/problem+json). Input errors are 400 and name the field(s) in
 * {@code errors: [{field, message}]}; stale versions are 409; refused state changes 409; unknown ids 404.
 */
@RestControllerAdvice(basePackages = "no.samspill.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.problems().stream().map(p -> new FieldMessage(p.field(), p.message())).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Finnes ikke", e.getMessage(), "not-found");
    }

    /** No relationship: 404, so existence does not leak. Related but refused: 403 with the reason. */
    @ExceptionHandler(NoAccessException.class)
    ProblemDetail noAccess(NoAccessException e) {
        return e.hideExistence()
                ? problem(HttpStatus.NOT_FOUND, "Finnes ikke", "Ressursen finnes ikke", "not-found")
                : problem(HttpStatus.FORBIDDEN, "Ingen tilgang", e.getMessage(), "no-access");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen tilgang", e.getMessage(), "forbidden");
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, "Endret av en annen", e.getMessage(), "concurrent-change");
    }

    @ExceptionHandler(RefusedChangeException.class)
    ProblemDetail refused(RefusedChangeException e) {
        return problem(HttpStatus.CONFLICT, "Endringen er ikke tillatt", e.getMessage(), "refused-change");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldMessage(e.getName(), "Ugyldig verdi «" + e.getValue() + "»")));
    }

    /** A rule broken outside any one field (a value object refusing itself): the message, without a field name. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return invalid(List.of(new FieldMessage(null, e.getMessage())));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Uventet feil", "Noe gikk galt hos oss. Prøv igjen senere.",
                "internal");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldMessage field = describe(ex);
        return ResponseEntity.badRequest().body(invalid(List.of(field)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldMessage> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), message(f)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldMessage(ex.getParameterName(), "Må oppgis"))));
    }

    /**
     * A request parameter outside its constraints ({@code @Min}/{@code @Max} on {@code page}, {@code size}): named by
     * its request name, as a field.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldMessage> fields = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldMessage(parameterName(r.getMethodParameter()), message(e))))
                .toList();
        return ResponseEntity.badRequest().body(invalid(fields));
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return parameter.getParameterName();
    }

    /** The plain constraint name is the last of a message's codes ("Min.worklist.page", ..., "Min"). */
    private static String message(MessageSourceResolvable e) {
        String[] codes = e.getCodes();
        String code = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        return switch (code) {
            case "Min", "Max", "Positive", "PositiveOrZero" -> "Utenfor tillatt område";
            default -> e.getDefaultMessage();
        };
    }

    private static String message(FieldError f) {
        return switch (f.getCode() == null ? "" : f.getCode()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "Må fylles ut";
            case "Size" -> "Feil lengde";
            case "Min", "Max", "Positive", "PositiveOrZero" -> "Utenfor tillatt område";
            default -> f.getDefaultMessage();
        };
    }

    /** Names the JSON field at fault, from Jackson's path, and says what was wrong with it. */
    private static FieldMessage describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldMessage(path(unknown), "Ukjent felt «" + unknown.getPropertyName() + "»");
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return new FieldMessage(path(jackson), "Ugyldig verdi eller feil type");
        }
        return new FieldMessage(null, "Ugyldig JSON i forespørselen");
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail invalid(List<FieldMessage> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldig input",
                fields.size() != 1 ? "Se feltene i «errors»"
                        : fields.get(0).message() != null ? fields.get(0).message() : "Ugyldig verdi", "invalid-input");
        // An error that belongs to no field has no "field" (rather than an empty name a client might match).
        problem.setProperty("errors", fields.stream().map(f -> {
            String message = f.message() == null ? "Ugyldig verdi" : f.message();
            return f.field() == null || f.field().isEmpty() ? Map.of("message", message)
                    : Map.of("field", f.field(), "message", message);
        }).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:samspill:problem:" + type));
        return problem;
    }

    record FieldMessage(String field, String message) {
    }
}
