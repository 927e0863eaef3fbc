package no.samspill.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import no.samspill.security.BearerPrincipal;
import no.samspill.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For a request with a bearer token: the token's SMART scopes must cover the resource type and interaction (403
 * otherwise). A demo log-in (HTTP Basic) is not limited by scopes. This narrows what a client app may do; who may see
 * which person is still only decided by access.PersonDataAccess.
 */
@Interceptor
class SmartScopeCheck {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public void check(RequestDetails request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof BearerPrincipal bearer)) {
            return;
        }
        if (request.getRestOperationType() == null || request.getResourceName() == null) {
            return; // metadata and server-level requests
        }
        SmartScopes.Interaction interaction = switch (request.getRestOperationType()) {
            case READ, VREAD -> SmartScopes.Interaction.READ;
            case SEARCH_TYPE -> SmartScopes.Interaction.SEARCH;
            case CREATE -> SmartScopes.Interaction.CREATE;
            case UPDATE -> SmartScopes.Interaction.UPDATE;
            case DELETE -> SmartScopes.Interaction.DELETE;
            default -> null;
        };
        if (interaction == null) {
            return; // HAPI answers the interactions Samspill does not implement itself
        }
        boolean patientUser = bearer.currentUser().role() == Role.PATIENT;
        if (!SmartScopes.allows(bearer.scopes(), patientUser, request.getResourceName(), interaction)) {
            throw new ForbiddenOperationException("The token's scopes do not allow " + interaction.name().toLowerCase()
                    + " of " + request.getResourceName() + " (e.g. user/" + request.getResourceName() + ".read)");
        }
    }
}
