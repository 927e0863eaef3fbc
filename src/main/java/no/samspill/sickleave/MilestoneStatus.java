package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Objects;

/** Where a milestone stands on a given day. */
public enum MilestoneStatus {
    DONE("Utført"),
    OVERDUE("Forfalt"),
    /** Due today or within the next 6 days: a 7-day window that includes today. */
    DUE("Forfaller snart"),
    UPCOMING("Kommende");

    static final int DUE_WINDOW_DAYS = 7;

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param due    the due date
     * @param doneOn the day it was done, or {@code null} when not done
     * @param today  the day to judge from
     */
    public static MilestoneStatus of(LocalDate due, LocalDate doneOn, LocalDate today) {
        Objects.requireNonNull(due, "Frist mangler");
        Objects.requireNonNull(today, "Dagens dato mangler");
        if (doneOn != null) {
            return DONE;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        if (due.isBefore(today.plusDays(DUE_WINDOW_DAYS))) {
            return DUE;
        }
        return UPCOMING;
    }
}
