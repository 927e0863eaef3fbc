package no.samspill.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import no.samspill.access.NoAccessException;
import no.samspill.identifiers.InvalidIdentifierException;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Translates the modules' exceptions into FHIR answers (HAPI then writes them as an OperationOutcome). This is only a
 * bridge: the access decision was made by access.PersonDataAccess; a refusal for someone with no relationship to the
 * person is a 404 (existence does not leak), otherwise a 403. Nothing of the resource is in the message.
 */
@Interceptor
class DomainExceptionBridge {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        // HAPI wraps what a provider throws (InternalErrorException around it): look through the causes.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            BaseServerResponseException mapped = map(request, t);
            if (mapped != null) {
                return mapped;
            }
        }
        return null;
    }

    private static BaseServerResponseException map(RequestDetails request, Throwable t) {
        if (t instanceof NoAccessException refused) {
            if (refused.hideExistence()) {
                String what = request == null || request.getId() == null ? "The resource"
                        : request.getResourceName() + "/" + request.getId().getIdPart();
                return new ResourceNotFoundException(what + " is not known");
            }
            return new ForbiddenOperationException("Ingen tilgang: " + refused.getMessage());
        }
        if (t instanceof NotFoundException) {
            return new ResourceNotFoundException(t.getMessage());
        }
        if (t instanceof InvalidInputException invalid) {
            return new UnprocessableEntityException(invalid.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("Ugyldig"),
                    outcome(invalid));
        }
        if (t instanceof InvalidIdentifierException) {
            return new InvalidRequestException(t.getMessage());
        }
        if (t instanceof ConcurrentChangeException) {
            return new PreconditionFailedException(t.getMessage());
        }
        if (t instanceof RefusedChangeException) {
            return new UnprocessableEntityException(t.getMessage());
        }
        return null;
    }

    /**
     * One issue per field problem. A field named by its FHIR path (it starts with the resource type, as
     * ServiceRequest create names them) is also the issue's {@code expression}; the modules' own field names are not
     * FHIRPath, so they stay in the text only.
     */
    private static OperationOutcome outcome(InvalidInputException invalid) {
        OperationOutcome outcome = new OperationOutcome();
        for (InvalidInputException.FieldProblem p : invalid.problems()) {
            var issue = outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(p.field() + ": " + p.message());
            if (!p.field().isEmpty() && Character.isUpperCase(p.field().charAt(0))) {
                issue.addExpression(p.field());
            }
        }
        return outcome;
    }
}
