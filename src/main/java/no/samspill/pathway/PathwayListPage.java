package no.samspill.pathway;

import java.util.List;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * One page of the clinic's pathway list; {@code hasNext} tells whether another page follows. {@code tooManyNames}:
 * the names searched for begin more persons' names than a search follows ({@link PathwaySearch#MAX_NAME_MATCHES}), so
 * nothing is listed and the user is asked to write more of the name.
 */
@PersonData(InformationCategory.ADMIN)
public record PathwayListPage(List<PathwayListItem> items, int page, int size, boolean hasNext, boolean tooManyNames) {
}
