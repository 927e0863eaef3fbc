package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.identifiers.Sex;
import no.samspill.indicator.AgeBand;
import no.samspill.indicator.ExportIndicators;
import no.samspill.indicator.Figure;
import no.samspill.indicator.Grouping;
import no.samspill.indicator.IndicatorCatalogue;
import no.samspill.indicator.IndicatorFilter;
import no.samspill.indicator.IndicatorKind;
import no.samspill.indicator.IndicatorQueries;
import no.samspill.indicator.IndicatorReport;
import no.samspill.indicator.IndicatorSeries;
import no.samspill.indicator.SmallCellSuppression;
import no.samspill.pathway.PathwayStatistics;
import no.samspill.referral.ComplaintGroup;
import no.samspill.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst's dashboard: aggregated, suppressed figures only; no person-level data is reachable from this role.
 * Filters by period, clinic, complaint group, age band, sex and study arm; a trend by month and a clinic comparison
 * of one chosen indicator (charts drawn by static/js/indicator-charts.js from a JSON data attribute); CSV export.
 */
@Controller
class AnalysisController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFAULT_INDICATOR = "decision-within-10-working-days";

    private final PathwayStatistics statistics;
    private final IndicatorQueries indicators;
    private final ExportIndicators export;
    private final Fmt fmt;

    AnalysisController(PathwayStatistics statistics, IndicatorQueries indicators, ExportIndicators export, Fmt fmt) {
        this.statistics = statistics;
        this.indicators = indicators;
        this.export = export;
        this.fmt = fmt;
    }

    @GetMapping("/analyse")
    String analysis(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        model.addAttribute("cells", statistics.byClinicAndState());
        model.addAttribute("suppressBelow", SmallCellSuppression.MIN_COUNT);
        model.addAttribute("params", params);
        model.addAttribute("complaintGroups", ComplaintGroup.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("catalogue", IndicatorCatalogue.all());
        String selected = IndicatorCatalogue.find(params.getOrDefault("indicator", DEFAULT_INDICATOR))
                .map(d -> d.id()).orElse(DEFAULT_INDICATOR);
        model.addAttribute("selected", IndicatorCatalogue.find(selected).orElseThrow());
        IndicatorFilter filter;
        try {
            filter = filter(params);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("filterErrors", e.problems());
            filter = IndicatorFilter.lastYear(indicators.currentMonth());
        }
        model.addAttribute("filter", filter);
        Map<Grouping, IndicatorReport> views = indicators.reports(filter,
                EnumSet.of(Grouping.TOTAL, Grouping.MONTH, Grouping.CLINIC, Grouping.ARM));
        IndicatorReport overview = views.get(Grouping.TOTAL);
        IndicatorReport trend = views.get(Grouping.MONTH);
        IndicatorReport clinics = views.get(Grouping.CLINIC);
        IndicatorReport arms = views.get(Grouping.ARM);
        model.addAttribute("overview", overview);
        model.addAttribute("trend", trend.series(selected));
        model.addAttribute("clinics", clinics.series(selected));
        IndicatorSeries armSeries = arms.series(selected);
        boolean anyArm = arms.groups().stream().anyMatch(g -> !g.isEmpty());
        model.addAttribute("arms", anyArm ? armSeries : null);
        model.addAttribute("trendChart", chart(trend.series(selected), false));
        model.addAttribute("clinicChart", chart(clinics.series(selected), true));
        model.addAttribute("query", query(params));
        return "analysis";
    }

    @GetMapping("/analyse/eksport.csv")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params,
                               @RequestParam(name = "groupBy", defaultValue = "MONTH") String groupBy) {
        Grouping grouping = grouping(groupBy);
        String csv = export.csv(filter(params), grouping);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samspill-indikatorer-"
                        + grouping.name().toLowerCase(Locale.ROOT) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/analyse/eksport.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> params,
                                @RequestParam(name = "groupBy", defaultValue = "MONTH") String groupBy) throws IOException {
        Grouping grouping = grouping(groupBy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx(filter(params), grouping, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samspill-indikatorer-"
                        + grouping.name().toLowerCase(Locale.ROOT) + ".xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> badExport(InvalidInputException e) {
        StringBuilder text = new StringBuilder("Ugyldig filter:\n");
        e.problems().forEach(p -> text.append(p.field()).append(": ").append(p.message()).append('\n'));
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(text.toString());
    }

    static Grouping grouping(String raw) {
        return switch (raw.toUpperCase(Locale.ROOT)) {
            case "TOTAL" -> Grouping.TOTAL;
            case "MONTH" -> Grouping.MONTH;
            case "CLINIC" -> Grouping.CLINIC;
            case "ARM" -> Grouping.ARM;
            default -> throw InvalidInputException.of("groupBy", "Velg TOTAL, MONTH, CLINIC eller ARM");
        };
    }

    private IndicatorFilter filter(Map<String, String> p) {
        return IndicatorFilter.parse(p.get("from"), p.get("to"), p.get("clinic"), p.get("complaintGroup"),
                p.get("ageBand"), p.get("sex"), p.get("arm"), indicators.currentMonth());
    }

    private static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        for (String key : List.of("from", "to", "clinic", "complaintGroup", "ageBand", "sex", "arm")) {
            String v = params.get(key);
            if (v != null && !v.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(key).append('=')
                        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    /** The chart's data: labels, values (null where suppressed) and n as text, as JSON for a data attribute. */
    private String chart(IndicatorSeries series, boolean clinicNames) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> n = new ArrayList<>();
        for (Figure f : series.figures()) {
            labels.add(clinicNames ? fmt.clinic(f.group()) : f.group());
            values.add(series.definition().kind() == IndicatorKind.DISTRIBUTION ? null : f.value());
            n.add(f.nText());
        }
        data.put("title", series.definition().title());
        data.put("unit", series.definition().unit());
        data.put("type", clinicNames ? "bar" : "line");
        data.put("labels", labels);
        data.put("values", values);
        data.put("n", n);
        return JSON.writeValueAsString(data);
    }
}
