package no.samspill.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.meeting.Minutes;

/**
 * The task rows of the minutes form ({@code taskTitle0}, {@code taskOwner0}, {@code taskDue0}, …): read from a post,
 * from saved minutes, and rendered with spare rows. A row is blank when both its text and its due date are.
 */
final class MinutesForm {

    /** As many rows as the minutes may have tasks (the use case's limit). */
    static final int MAX_ROWS = 30;
    static final int SPARE_ROWS = 3;

    private MinutesForm() {
    }

    /** The rows of a post that are not blank, in the order they were on the page. */
    static List<Map<String, String>> taskRows(Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS + SPARE_ROWS; i++) {
            String title = params.getOrDefault("taskTitle" + i, "");
            String due = params.getOrDefault("taskDue" + i, "");
            if (title.isBlank() && due.isBlank()) {
                continue;
            }
            rows.add(row(title, params.getOrDefault("taskOwner" + i, ""), due));
        }
        return rows;
    }

    /** The tasks of saved minutes (a draft's tasks are shown and kept until it is finalised). */
    static List<Map<String, String>> taskRows(Minutes minutes) {
        if (minutes == null) {
            return List.of();
        }
        return minutes.tasks().stream().map(t -> row(t.title() == null ? "" : t.title(),
                t.owner() == null ? "" : t.owner(), t.dueDate() == null ? "" : t.dueDate().toString())).toList();
    }

    /** The rows followed by blank ones to add tasks in, up to the limit. */
    static List<Map<String, String>> withSpareRows(List<Map<String, String>> rows) {
        List<Map<String, String>> all = new ArrayList<>(rows);
        while (all.size() < Math.min(rows.size() + SPARE_ROWS, MAX_ROWS)) {
            all.add(row("", "", ""));
        }
        return all;
    }

    /** The post with its task rows renumbered in order, blank rows left out. */
    static Map<String, String> withRows(Map<String, String> params, List<Map<String, String>> rows) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!k.startsWith("task") && !k.equals("_csrf")) {
                typed.put(k, v);
            }
        });
        for (int i = 0; i < rows.size(); i++) {
            typed.put("taskTitle" + i, rows.get(i).get("title"));
            typed.put("taskOwner" + i, rows.get(i).get("owner"));
            typed.put("taskDue" + i, rows.get(i).get("due"));
        }
        return typed;
    }

    private static Map<String, String> row(String title, String owner, String due) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("owner", owner);
        row.put("due", due);
        return row;
    }
}
