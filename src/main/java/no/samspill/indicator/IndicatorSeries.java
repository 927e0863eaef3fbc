package no.samspill.indicator;

import java.util.List;

/** One indicator over the groups of a view, and over all of them together. */
public record IndicatorSeries(IndicatorDefinition definition, List<Figure> figures, Figure total) {
}
