package no.samspill.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;

/**
 * When the rounds of an assignment fall due: the standard schedule is a baseline before the first appointment, then
 * 3, 6 and 12 months after it; or custom dates. Dates are checked against today.
 */
public final class Schedule {

    private Schedule() {
    }

    public record PlannedRound(String label, LocalDate dueDate) {

        public String title() {
            return switch (label) {
                case "BASELINE" -> "Spørreskjema: baseline";
                case "M3" -> "Spørreskjema: 3 måneder";
                case "M6" -> "Spørreskjema: 6 måneder";
                case "M12" -> "Spørreskjema: 12 måneder";
                case RecordResponse.UNSCHEDULED -> "Spørreskjema: utenom plan";
                default -> "Spørreskjema: " + label.toLowerCase().replace('_', ' ');
            };
        }
    }

    /** Baseline on {@code baseline} (before the first appointment), then 3, 6 and 12 months later. */
    public static List<PlannedRound> standard(LocalDate baseline) {
        return List.of(new PlannedRound("BASELINE", baseline), new PlannedRound("M3", baseline.plusMonths(3)),
                new PlannedRound("M6", baseline.plusMonths(6)), new PlannedRound("M12", baseline.plusMonths(12)));
    }

    /** Custom dates, in order; the first is the baseline. */
    public static List<PlannedRound> custom(List<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        List<PlannedRound> rounds = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            rounds.add(new PlannedRound(i == 0 ? "BASELINE" : "CUSTOM_" + i, sorted.get(i)));
        }
        return rounds;
    }

    static void check(List<PlannedRound> rounds, LocalDate today, FieldErrors errors) {
        errors.check(!rounds.isEmpty(), "schedule", "Velg standardplan eller minst én dato");
        errors.check(rounds.size() <= 12, "schedule", "Høyst 12 runder");
        for (PlannedRound r : rounds) {
            errors.check(!r.dueDate().isBefore(today.minusDays(7)), "schedule",
                    "Datoen " + Dates.format(r.dueDate()) + " er mer enn en uke tilbake i tid");
            errors.check(!r.dueDate().isAfter(today.plusYears(3)), "schedule",
                    "Datoen " + Dates.format(r.dueDate()) + " er mer enn tre år fram i tid");
        }
    }
}
