package no.samspill.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import no.samspill.access.NoAccessException;

/** Small helpers for search parameters that the modules' queries do not filter on themselves. */
final class Searches {

    private Searches() {
    }

    /**
     * A search lists what the user may see: when the module's query refuses the whole list (no access to this person),
     * the answer is an empty bundle, as for a list in the UI. The refusal is already in the access log.
     */
    static <T> List<T> visibleOrEmpty(Supplier<List<T>> query) {
        try {
            return query.get();
        } catch (NoAccessException refused) {
            return List.of();
        }
    }

    /**
     * HAPI's offset paging: without {@code _offset} HAPI takes the first page from the whole list itself; with it, the
     * method returns just that page (the search is re-run for every page, so every page passes the access decision).
     */
    static <T> List<T> page(List<T> all, Integer offset, Integer count) {
        if (offset == null) {
            return all;
        }
        int size = count == null ? OffsetPaging.DEFAULT_PAGE_SIZE : Math.min(count, OffsetPaging.MAXIMUM_PAGE_SIZE);
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    static boolean matches(TokenOrListParam tokens, String code) {
        if (tokens == null || tokens.getValuesAsQueryTokens().isEmpty()) {
            return true;
        }
        return tokens.getValuesAsQueryTokens().stream().anyMatch(t -> matches(t, code));
    }

    static boolean matches(TokenParam token, String code) {
        return token == null || (code != null && code.equals(token.getValue()));
    }

    static boolean within(DateRangeParam range, LocalDate day) {
        return day != null ? within(range, FhirMapping.date(day).toInstant()) : range == null;
    }

    static boolean within(DateRangeParam range, Instant at) {
        if (range == null) {
            return true;
        }
        if (at == null) {
            return false;
        }
        Date lower = range.getLowerBoundAsInstant();
        Date upper = range.getUpperBoundAsInstant();
        return (lower == null || !at.isBefore(lower.toInstant())) && (upper == null || !at.isAfter(upper.toInstant()));
    }

    /** A period [start, end] (end open when null) overlaps the range. */
    static boolean overlaps(DateRangeParam range, LocalDate start, LocalDate end) {
        if (range == null) {
            return true;
        }
        Date lower = range.getLowerBoundAsInstant();
        Date upper = range.getUpperBoundAsInstant();
        Instant from = FhirMapping.date(start).toInstant();
        Instant to = end == null ? null : FhirMapping.date(end.plusDays(1)).toInstant();
        return (upper == null || !from.isAfter(upper.toInstant())) && (lower == null || to == null
                || to.isAfter(lower.toInstant()));
    }
}
