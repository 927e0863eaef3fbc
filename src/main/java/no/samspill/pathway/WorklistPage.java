package no.samspill.pathway;

import java.util.List;

/** One page of a worklist; {@code hasNext} tells whether another page follows. */
public record WorklistPage(List<WorklistItem> items, int page, int size, boolean hasNext) {
}
