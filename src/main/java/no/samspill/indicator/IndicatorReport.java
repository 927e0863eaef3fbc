package no.samspill.indicator;

import java.util.List;

/** Every indicator for one filter and grouping, suppressed and ready to publish. */
public record IndicatorReport(IndicatorFilter filter, Grouping grouping, List<String> groups,
                              List<IndicatorSeries> series) {

    public IndicatorSeries series(String indicatorId) {
        return series.stream().filter(s -> s.definition().id().equals(indicatorId)).findFirst().orElseThrow();
    }
}
