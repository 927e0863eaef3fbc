package no.samspill.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IPagingProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;

/**
 * Paging by {@code _count}/{@code _offset}: every page re-runs the search, so every page passes the access decision
 * for the user asking (a stored result list could be fetched after a consent is withdrawn, or by someone else).
 */
final class OffsetPaging implements IPagingProvider {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAXIMUM_PAGE_SIZE = 100;

    @Override
    public int getDefaultPageSize() {
        return DEFAULT_PAGE_SIZE;
    }

    @Override
    public int getMaximumPageSize() {
        return MAXIMUM_PAGE_SIZE;
    }

    @Override
    public boolean canStoreSearchResults() {
        return false;
    }

    @Override
    public IBundleProvider retrieveResultList(RequestDetails request, String id) {
        throw new ResourceGoneException("Search results are not stored; follow the _offset links");
    }

    @Override
    public String storeResultList(RequestDetails request, IBundleProvider list) {
        return null;
    }
}
