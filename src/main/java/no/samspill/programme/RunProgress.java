package no.samspill.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How far a run has come: steps delivered of the total, the next step, overdue steps, the phase, and attendance as a
 * share of the headcount. Plain Java; "today" is a parameter.
 */
public record RunProgress(int total, int delivered, int percent, Step nextStep, List<Step> overdue, Phase phase,
                          int totalAttendance, Integer attendancePercent) {

    /** Where in the programme a run is. */
    public enum Phase {
        NOT_STARTED("Ikke startet"),
        KNOWLEDGE("Kunnskapsøkter"),
        FILMS("Filmer og støttemateriell"),
        IA_PROCESS("IA-prosess"),
        COMPLETED("Fullført");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static RunProgress of(List<Step> steps, int headcount, LocalDate today) {
        List<Step> ordered = steps.stream().sorted(Comparator.comparingInt(Step::position)).toList();
        int total = ordered.size();
        int delivered = (int) ordered.stream().filter(Step::delivered).count();
        int percent = total == 0 ? 0 : Math.round(100f * delivered / total);
        Step next = ordered.stream().filter(s -> !s.delivered()).findFirst().orElse(null);
        List<Step> overdue = ordered.stream().filter(s -> s.overdue(today)).toList();
        Phase phase;
        if (total > 0 && next == null) {
            phase = Phase.COMPLETED;
        } else if (delivered == 0) {
            phase = Phase.NOT_STARTED;
        } else {
            phase = switch (next.kind()) {
                case KNOWLEDGE -> Phase.KNOWLEDGE;
                case FILM -> Phase.FILMS;
                case WORKSHOP -> Phase.IA_PROCESS;
            };
        }
        List<Step> counted = ordered.stream().filter(s -> s.delivered() && s.attendance() != null).toList();
        int attendance = counted.stream().mapToInt(Step::attendance).sum();
        Integer attendancePercent = counted.isEmpty() || headcount <= 0 ? null
                : Math.round(100f * attendance / (counted.size() * (float) headcount));
        return new RunProgress(total, delivered, percent, next, overdue, phase, attendance, attendancePercent);
    }

    public boolean completed() {
        return phase == Phase.COMPLETED;
    }

    /** The date the last step was delivered, when all are. */
    public static LocalDate completedOn(List<Step> steps) {
        if (steps.isEmpty() || steps.stream().anyMatch(s -> !s.delivered())) {
            return null;
        }
        return steps.stream().map(Step::deliveredOn).max(Comparator.naturalOrder()).orElse(null);
    }
}
