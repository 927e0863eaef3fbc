package no.samspill.indicator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.identifiers.Sex;
import no.samspill.referral.ComplaintGroup;
import no.samspill.shared.FieldErrors;

/**
 * The dashboard's filters: referral months from–to (inclusive), and optionally clinic, complaint group, age band, sex
 * and study arm ({@code ""} means pathways not enrolled in a study; null means any).
 */
public record IndicatorFilter(YearMonth from, YearMonth to, String clinic, ComplaintGroup complaintGroup,
                              AgeBand ageBand, Sex sex, String arm) {

    /** At most ten years in one view. */
    public static final int MAX_MONTHS = 120;
    private static final Pattern CLINIC = Pattern.compile("\\d{9}");
    private static final Pattern ARM = Pattern.compile("[A-Za-z0-9 _-]{0,40}");

    /** The last twelve months up to and including {@code current}. */
    public static IndicatorFilter lastYear(YearMonth current) {
        return new IndicatorFilter(current.minusMonths(11), current, null, null, null, null, null);
    }

    /** Parses the query parameters; every bad value is a field error (400), never a 500. */
    public static IndicatorFilter parse(String from, String to, String clinic, String complaintGroup, String ageBand,
                                        String sex, String arm, YearMonth current) {
        FieldErrors errors = new FieldErrors();
        YearMonth f = errors.optional("from", blankToNull(from), IndicatorFilter::month);
        YearMonth t = errors.optional("to", blankToNull(to), IndicatorFilter::month);
        String c = blankToNull(clinic);
        errors.check(c == null || CLINIC.matcher(c).matches(), "clinic", "Klinikk må være et organisasjonsnummer (9 siffer)");
        ComplaintGroup g = errors.optional("complaintGroup", blankToNull(complaintGroup),
                v -> value(ComplaintGroup.class, v));
        AgeBand a = errors.optional("ageBand", blankToNull(ageBand), v -> value(AgeBand.class, v));
        Sex s = errors.optional("sex", blankToNull(sex), v -> value(Sex.class, v));
        errors.check(arm == null || ARM.matcher(arm).matches(), "arm", "Ugyldig studiearm");
        YearMonth to2 = t == null ? current : t;
        YearMonth from2 = f == null ? to2.minusMonths(11) : f;
        errors.check(!from2.isAfter(to2), "from", "Fra-måned må være før eller lik til-måned");
        errors.check(from2.plusMonths(MAX_MONTHS).isAfter(to2), "from", "Høyst " + MAX_MONTHS + " måneder om gangen");
        errors.throwIfAny();
        return new IndicatorFilter(from2, to2, c, g, a, s, arm == null ? null : arm.trim());
    }

    /** The WHERE clause over the dimension columns shared by indicator_cell and indicator_pathway_fact. */
    String where(List<Object> params) {
        StringBuilder sql = new StringBuilder("month BETWEEN ? AND ?");
        params.add(java.sql.Date.valueOf(from.atDay(1)));
        params.add(java.sql.Date.valueOf(to.atDay(1)));
        add(sql, params, "clinic", clinic);
        add(sql, params, "complaint_group", complaintGroup == null ? null : complaintGroup.name());
        add(sql, params, "age_band", ageBand == null ? null : ageBand.name());
        add(sql, params, "sex", sex == null ? null : sex.name());
        add(sql, params, "arm", arm);
        return sql.toString();
    }

    /** The dimension columns this filter restricts: always the month, and each dimension given a value. */
    java.util.Set<String> dimensions() {
        java.util.Set<String> d = new java.util.HashSet<>();
        d.add("month");
        if (clinic != null) {
            d.add("clinic");
        }
        if (complaintGroup != null) {
            d.add("complaint_group");
        }
        if (ageBand != null) {
            d.add("age_band");
        }
        if (sex != null) {
            d.add("sex");
        }
        if (arm != null) {
            d.add("arm");
        }
        return d;
    }

    /** The months of the period, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static void add(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static YearMonth month(String raw) {
        try {
            return YearMonth.parse(raw);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Bruk formatet ÅÅÅÅ-MM");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String raw) {
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ukjent verdi: velg en av "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
