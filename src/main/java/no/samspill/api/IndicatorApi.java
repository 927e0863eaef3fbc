package no.samspill.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.indicator.Figure;
import no.samspill.indicator.Grouping;
import no.samspill.indicator.IndicatorDefinition;
import no.samspill.indicator.IndicatorFilter;
import no.samspill.indicator.IndicatorQueries;
import no.samspill.indicator.IndicatorReport;
import no.samspill.indicator.SmallCellSuppression;
import no.samspill.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quality indicators for the analyst role: the catalogue of definitions, and a report of every indicator for a filter,
 * split by month, clinic or study arm. Figures are suppressed exactly as on the dashboard: a suppressed n is
 * {@code null} with {@code nSuppressed: true}, a suppressed value {@code null} with {@code valueSuppressed: true}.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApi {

    private final IndicatorQueries indicators;

    IndicatorApi(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<IndicatorDefinition> catalogue() {
        return indicators.catalogue();
    }

    @GetMapping("/report")
    Map<String, Object> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String clinic,
                               @RequestParam(required = false) String complaintGroup,
                               @RequestParam(required = false) String ageBand,
                               @RequestParam(required = false) String sex,
                               @RequestParam(required = false) String arm,
                               @RequestParam(defaultValue = "TOTAL") String groupBy) {
        Grouping grouping = switch (groupBy.toUpperCase(Locale.ROOT)) {
            case "TOTAL" -> Grouping.TOTAL;
            case "MONTH" -> Grouping.MONTH;
            case "CLINIC" -> Grouping.CLINIC;
            case "ARM" -> Grouping.ARM;
            default -> throw InvalidInputException.of("groupBy", "Velg TOTAL, MONTH, CLINIC eller ARM");
        };
        IndicatorFilter filter = IndicatorFilter.parse(from, to, clinic, complaintGroup, ageBand, sex, arm,
                indicators.currentMonth());
        IndicatorReport report = indicators.report(filter, grouping);
        Map<String, Object> filterView = new java.util.LinkedHashMap<>();
        filterView.put("from", filter.from().toString());
        filterView.put("to", filter.to().toString());
        filterView.put("clinic", filter.clinic());
        filterView.put("complaintGroup", filter.complaintGroup());
        filterView.put("ageBand", filter.ageBand());
        filterView.put("sex", filter.sex());
        filterView.put("arm", filter.arm());
        return Map.of("filter", filterView, "groupBy", grouping.name(), "suppressBelow",
                SmallCellSuppression.MIN_COUNT, "groups", report.groups(),
                "indicators", report.series().stream().map(s -> Map.of(
                        "id", s.definition().id(), "version", s.definition().version(),
                        "title", s.definition().title(), "unit", s.definition().unit(),
                        "figures", s.figures().stream().map(IndicatorApi::figure).toList(),
                        "total", figure(s.total()))).toList());
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("group", f.group());
        m.put("value", f.value());
        m.put("valueSuppressed", f.valueSuppressed());
        m.put("n", f.nSuppressed() ? null : f.n());
        m.put("nSuppressed", f.nSuppressed());
        if (f.shares() != null) {
            m.put("shares", f.shares().stream().map(s -> {
                Map<String, Object> share = new java.util.LinkedHashMap<>();
                share.put("category", s.category());
                share.put("percent", s.percent());
                share.put("suppressed", s.suppressed());
                return share;
            }).toList());
        }
        return m;
    }
}
