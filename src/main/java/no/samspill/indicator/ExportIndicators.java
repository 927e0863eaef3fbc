package no.samspill.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import no.samspill.access.AccessBasis;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Viewer;
import no.samspill.audit.AuditEntry;
import no.samspill.audit.AuditLog;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a view as CSV or XLSX: the same suppressed figures as the dashboard, one line per indicator and group. The export
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

    /** The view as CSV (semicolon-separated, as Norwegian spreadsheets expect). */
    @Transactional
    public String csv(IndicatorFilter filter, Grouping grouping) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(filter, grouping, "CSV")) {
            line(out, row);
        }
        return out.toString();
    }

    /** The view as an XLSX workbook (one sheet, figures as numbers where they are shown), written to {@code out}. */
    @Transactional
    public void xlsx(IndicatorFilter filter, Grouping grouping, OutputStream out) throws IOException {
        List<List<String>> rows = rows(filter, grouping, "XLSX");
        Workbook workbook = new Workbook(out, "Samspill", "1.0");
        Worksheet sheet = workbook.newWorksheet("Indikatorer");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (r > 0 && (c == VALUE_COLUMN || c == N_COLUMN) && NUMBER.matcher(v).matches()) {
                    sheet.value(r, c, Double.parseDouble(v));
                } else {
                    sheet.value(r, c, v);
                }
            }
        }
        sheet.range(0, 0, 0, HEADER.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static final List<String> HEADER = List.of("indicator", "version", "title", "group", "value", "unit", "n");
    private static final int VALUE_COLUMN = 4;
    private static final int N_COLUMN = 6;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    /** One header row, then one row per indicator (or share) and group; the export is written to the access log. */
    private List<List<String>> rows(IndicatorFilter filter, Grouping grouping, String format) {
        IndicatorReport report = queries.report(filter, grouping);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (IndicatorSeries s : report.series()) {
            List<Figure> figures = new ArrayList<>(s.figures());
            if (grouping != Grouping.TOTAL) {
                figures.add(s.total());
            }
            for (Figure f : figures) {
                IndicatorDefinition d = s.definition();
                if (f.shares() != null) {
                    for (Figure.Share share : f.shares()) {
                        rows.add(row(d.id() + ":" + share.category(), d.version(), d.title() + " – " + share.label(),
                                f.group(), share.suppressed() ? "–" : number(share.percent()), d.unit(), f.nText()));
                    }
                } else {
                    rows.add(row(d.id(), d.version(), d.title(), f.group(),
                            f.valueSuppressed() ? "–" : number(f.value()), d.unit(), f.nText()));
                }
            }
        }
        Viewer viewer = access.viewer();
        audit.appendWrites(List.of(new AuditEntry(clock.instant(), viewer.username(), viewer.displayName(),
                viewer.roleLabel(), viewer.organisationNumber(), viewer.organisationName(), null, "IndicatorReport",
                describe(filter, grouping), null, AuditEntry.Action.EXPORT, "STATISTICS", null, true,
                "Sammenstilte indikatorer (" + format + "), celler under " + SmallCellSuppression.MIN_COUNT + " skjult",
                AccessBasis.STATISTICS.name())));
        return rows;
    }

    private static List<String> row(Object... values) {
        List<String> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(String.valueOf(v));
        }
        return row;
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

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String v = values.get(i);
            out.append(v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        out.append("\r\n");
    }
}
