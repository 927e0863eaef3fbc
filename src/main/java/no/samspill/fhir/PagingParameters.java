package no.samspill.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;

/**
 * Checks {@code _count} and {@code _offset} (non-negative integers; 400 otherwise), caps {@code _count} at
 * {@link OffsetPaging#MAXIMUM_PAGE_SIZE}. With {@code _offset} present HAPI expects the search method to return only
 * that page, see {@link Searches#page}.
 */
@Interceptor
class PagingParameters {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public void normalise(RequestDetails request) {
        if (request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE) {
            return;
        }
        Integer count = number(request, Constants.PARAM_COUNT);
        number(request, Constants.PARAM_OFFSET);
        if (count != null && count > OffsetPaging.MAXIMUM_PAGE_SIZE) {
            request.removeParameter(Constants.PARAM_COUNT);
            request.addParameter(Constants.PARAM_COUNT, new String[] {Integer.toString(OffsetPaging.MAXIMUM_PAGE_SIZE)});
        }
    }

    private static Integer number(RequestDetails request, String name) {
        String[] values = request.getParameters().get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1 || !values[0].matches("\\d{1,9}")) {
            throw new InvalidRequestException(name + " must be a single non-negative integer");
        }
        return Integer.valueOf(values[0]);
    }
}
