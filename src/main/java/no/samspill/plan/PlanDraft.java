package no.samspill.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;

/**
 * The content of a plan version as the coordinator writes it. {@link #check} holds the rules: graded periods in order
 * and not overlapping, percentages 0–100, and every date inside the pathway unless explicitly allowed.
 */
public record PlanDraft(String goal, List<Adjustment> adjustments, List<GradedStep> steps, String navMeasures,
                        List<LocalDate> reviewDates, boolean allowDatesOutsidePathway) {

    public PlanDraft {
        adjustments = adjustments == null ? List.of() : new ArrayList<>(adjustments);
        steps = steps == null ? List.of() : new ArrayList<>(steps);
        reviewDates = reviewDates == null ? List.of() : new ArrayList<>(reviewDates);
    }

    /** A workplace adjustment (tilrettelegging): what, who is responsible, and for which period. */
    public record Adjustment(String what, String owner, LocalDate from, LocalDate to) {
    }

    /** One period of the graded return: the share of a normal working week the person works. */
    public record GradedStep(LocalDate from, LocalDate to, Integer percent) {
    }

    /** The field errors of this draft for a pathway running from {@code pathwayStart} to {@code pathwayEnd}. */
    public FieldErrors check(LocalDate pathwayStart, LocalDate pathwayEnd) {
        FieldErrors errors = new FieldErrors();
        errors.check(goal != null && !goal.isBlank() && goal.length() <= 2000, "goal", "Skriv målet for planen (høyst 2000 tegn)");
        errors.check(navMeasures == null || navMeasures.length() <= 4000, "navMeasures", "Høyst 4000 tegn");
        errors.check(adjustments.size() <= 30 && steps.size() <= 30 && reviewDates.size() <= 20, "steps",
                "For mange rader i planen");
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment a = adjustments.get(i);
            String f = "adjustments[" + i + "].";
            if (a == null) {
                errors.add(f + "what", "Tilretteleggingen mangler");
                continue;
            }
            errors.check(a.what() != null && !a.what().isBlank() && a.what().length() <= 500, f + "what",
                    "Beskriv tilretteleggingen (høyst 500 tegn)");
            errors.check(a.owner() != null && !a.owner().isBlank() && a.owner().length() <= 200, f + "owner",
                    "Oppgi hvem som er ansvarlig");
            period(errors, f, a.from(), a.to(), pathwayStart, pathwayEnd);
        }
        for (int i = 0; i < steps.size(); i++) {
            GradedStep s = steps.get(i);
            String f = "steps[" + i + "].";
            if (s == null) {
                errors.add(f + "from", "Perioden mangler");
                continue;
            }
            errors.check(s.percent() != null && s.percent() >= 0 && s.percent() <= 100, f + "percent",
                    "Stillingsprosenten må være mellom 0 og 100");
            period(errors, f, s.from(), s.to(), pathwayStart, pathwayEnd);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            GradedStep s = steps.get(i);
            if (s != null && s.from() != null && s.to() != null && !s.to().isBefore(s.from())) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> steps.get(i).from()));
        for (int k = 1; k < order.size(); k++) {
            GradedStep before = steps.get(order.get(k - 1));
            GradedStep after = steps.get(order.get(k));
            if (!after.from().isAfter(before.to())) {
                errors.add("steps[" + order.get(k) + "].from", "Perioden overlapper perioden "
                        + Dates.format(before.from()) + "–" + Dates.format(before.to()));
            }
        }
        for (int i = 0; i < reviewDates.size(); i++) {
            LocalDate d = reviewDates.get(i);
            errors.present("reviewDates[" + i + "]", d);
            if (d != null) {
                inside(errors, "reviewDates[" + i + "]", d, pathwayStart, pathwayEnd);
            }
        }
        return errors;
    }

    private void period(FieldErrors errors, String f, LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        errors.present(f + "from", from);
        errors.present(f + "to", to);
        if (from != null && to != null) {
            errors.check(!to.isBefore(from), f + "to", "Til-datoen kan ikke være før fra-datoen");
            inside(errors, f + "from", from, start, end);
            inside(errors, f + "to", to, start, end);
        }
    }

    private void inside(FieldErrors errors, String field, LocalDate date, LocalDate start, LocalDate end) {
        if (allowDatesOutsidePathway) {
            return;
        }
        errors.check(!date.isBefore(start) && !date.isAfter(end), field, "Datoen er utenfor forløpet ("
                + Dates.format(start) + "–" + Dates.format(end) + "). Kryss av for å tillate datoer utenfor forløpet.");
    }
}
