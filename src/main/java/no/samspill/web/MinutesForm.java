package no.samspill.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.meeting.Minutes;

/**
 * The task rows of the minutes form ({@code taskTitle0}, {@code taskOwner0}, {@code taskDue0}, …): as many as the
 * minutes may have tasks (the use case's limit), three blank ones to add to. A row is blank when both its text and its
 * due date are (the owner is a select, never blank).
 */
final class MinutesForm {

    static final String TITLE = "taskTitle";
    static final String OWNER = "taskOwner";
    static final String DUE = "taskDue";

    /** As many rows as the minutes may have tasks (the use case's limit), read from a post up to three beyond it. */
    static final FormRows TASKS = new FormRows(List.of(TITLE, OWNER, DUE), List.of(TITLE, DUE), 33, 3, 0, 30);

    private MinutesForm() {
    }

    /** The tasks of saved minutes (a draft's tasks are shown and kept until it is finalised). */
    static List<Map<String, String>> taskRows(Minutes minutes) {
        if (minutes == null) {
            return List.of();
        }
        return minutes.tasks().stream().map(t -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put(TITLE, t.title() == null ? "" : t.title());
            row.put(OWNER, t.owner() == null ? "" : t.owner());
            row.put(DUE, t.dueDate() == null ? "" : t.dueDate().toString());
            return row;
        }).toList();
    }
}
