package no.samspill.indicator;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Viewer;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a view as CSV: the same suppressed figures as the dashboard, one line per indicator and group. The export
 * holds no person data, but it leaves the system, so it is logged in the access log (action EXPORT, no person).
 */
@Service
public class ExportIndicators {

    private final IndicatorQueries queries;
    private final AuditLog audit;
    private final PersonDataAccess access;
    private final Clock clock;

    ExportIndicators(IndicatorQueries queries, AuditLog audit, PersonDataAccess access, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public String csv(IndicatorFilter filter, Grouping grouping) {
        IndicatorReport report = queries.report(filter, grouping);
        StringBuilder out = new StringBuilder("indicator;version;title;group;value;unit;n\r\n");
        for (IndicatorSeries s : report.series()) {
            List<Figure> figures = new java.util.ArrayList<>(s.figures());
            if (grouping != Grouping.TOTAL) {
                figures.add(s.total());
            }
            for (Figure f : figures) {
                IndicatorDefinition d = s.definition();
                if (f.shares() != null) {
                    for (Figure.Share share : f.shares()) {
                        line(out, d.id() + ":" + share.category(), d.version(), d.title() + " – " + share.label(),
                                f.group(), share.suppressed() ? "–" : number(share.percent()), d.unit(), f.nText());
                    }
                } else {
                    line(out, d.id(), d.version(), d.title(), f.group(),
                            f.valueSuppressed() ? "–" : number(f.value()), d.unit(), f.nText());
                }
            }
        }
        Viewer viewer = access.viewer();
        audit.appendWrites(List.of(new AuditEntry(clock.instant(), viewer.username(), viewer.displayName(),
                viewer.roleLabel(), viewer.organisationNumber(), viewer.organisationName(), null, "IndicatorReport",
                describe(filter, grouping), null, AuditEntry.Action.EXPORT, "STATISTICS", null, true,
                "Sammenstilte indikatorer, celler under " + SmallCellSuppression.MIN_COUNT + " skjult")));
        return out.toString();
    }

    static String describe(IndicatorFilter f, Grouping g) {
        String s = f.from() + ".." + f.to() + " " + g.name().toLowerCase(Locale.ROOT)
                + (f.clinic() == null ? "" : " k=" + f.clinic())
                + (f.complaintGroup() == null ? "" : " g=" + f.complaintGroup())
                + (f.ageBand() == null ? "" : " a=" + f.ageBand())
                + (f.sex() == null ? "" : " s=" + f.sex())
                + (f.arm() == null ? "" : " arm=" + f.arm());
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String v = String.valueOf(values[i]);
            out.append(v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        out.append("\r\n");
    }
}
