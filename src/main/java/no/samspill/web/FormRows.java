package no.samspill.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of numbered rows in a form: each column is a parameter with the row's number appended ({@code adjWhat0},
 * {@code taskDue2}). Reads the filled rows of a post in page order, writes them back numbered 0, 1, 2, … (so the
 * use case's messages about row i land on the i-th row shown), and tells how many rows to show with blank ones to
 * add to. A row is keyed by its column names ({@code row.get("taskTitle")}).
 *
 * @param columns the parameter name of each column, without the number
 * @param filledBy the columns of which one must be filled for a row to count (a select always has a value)
 * @param read how many numbered rows of a post are read
 * @param spare blank rows shown after the filled ones
 * @param least rows shown at least
 * @param most rows shown at most, blank ones included (filled rows are all shown)
 */
record FormRows(List<String> columns, List<String> filledBy, int read, int spare, int least, int most) {

    /** The filled rows of a post (or of a form written by {@link #compacted}), in the order they were on the page. */
    List<Map<String, String>> rows(Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < read; i++) {
            int n = i;
            if (filledBy.stream().allMatch(c -> params.getOrDefault(c + n, "").isBlank())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            columns.forEach(c -> row.put(c, params.getOrDefault(c + n, "")));
            rows.add(row);
        }
        return rows;
    }

    /** How many rows a form written by {@link #compacted} has (numbered from 0 without gaps), at most {@link #most}. */
    int count(Map<String, String> form) {
        int n = 0;
        while (n < most && form.containsKey(columns.get(0) + n)) {
            n++;
        }
        return n;
    }

    /** How many rows to show for {@code filled} filled ones: with the spare rows, between the least and the most. */
    int shown(int filled) {
        return Math.max(filled, Math.min(Math.max(filled + spare, least), most));
    }

    /** The rows followed by blank ones, {@link #shown} in all. */
    List<Map<String, String>> withSpareRows(List<Map<String, String>> rows) {
        List<Map<String, String>> all = new ArrayList<>(rows);
        while (all.size() < shown(rows.size())) {
            Map<String, String> blank = new LinkedHashMap<>();
            columns.forEach(c -> blank.put(c, ""));
            all.add(blank);
        }
        return all;
    }

    /**
     * The post without its CSRF token and with each table's rows renumbered in page order, blank rows left out; the
     * other fields come first, as posted.
     */
    static Map<String, String> compacted(Map<String, String> params, FormRows... tables) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("_csrf") && java.util.Arrays.stream(tables).noneMatch(t -> t.isColumn(k))) {
                out.put(k, v);
            }
        });
        for (FormRows table : tables) {
            List<Map<String, String>> rows = table.rows(params);
            for (int i = 0; i < rows.size(); i++) {
                int n = i;
                rows.get(i).forEach((c, v) -> out.put(c + n, v));
            }
        }
        return out;
    }

    private boolean isColumn(String param) {
        return columns.stream().anyMatch(c -> param.startsWith(c) && param.length() > c.length()
                && param.substring(c.length()).chars().allMatch(Character::isDigit));
    }
}
