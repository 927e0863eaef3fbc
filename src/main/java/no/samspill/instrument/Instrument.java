package no.samspill.instrument;

import java.util.List;
import java.util.Optional;

/**
 * One version of an instrument, as read from its FHIR R4 Questionnaire file: canonical URL, version, the questions in
 * order (with the groups they stand in, if any), the published scoring expression, and whether the Norwegian wording has been checked against the official
 * translation ({@code translationVerified}; the UI says "norsk oversettelse: ikke verifisert" when it has not).
 */
public record Instrument(String id, String url, String version, String title, String introduction,
                         boolean translationVerified, String wordingNote, List<Item> items, String totalLinkId,
                         String calculatedExpression, List<Band> publishedBands, List<ItemGroup> groups) {

    public Instrument {
        items = List.copyOf(items);
        publishedBands = List.copyOf(publishedBands);
        groups = List.copyOf(groups);
    }

    /** The questions of one group, in order. */
    public List<Item> itemsOf(ItemGroup group) {
        return items.stream().filter(i -> group.linkId().equals(i.group())).toList();
    }

    public InstrumentRef ref() {
        return new InstrumentRef(url, version);
    }

    public Optional<Item> item(String linkId) {
        return items.stream().filter(i -> i.linkId().equals(linkId)).findFirst();
    }

    public List<Item> scoredItems() {
        return items.stream().filter(Item::scored).toList();
    }

    public boolean scored() {
        return items.stream().anyMatch(Item::scored);
    }
}
