package no.samspill.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.samspill.shared.Dates;

/** The graded return schedule as a simple bar chart in SVG (numbers and dates only; drawn on the server). */
public final class GradedChart {

    private GradedChart() {
    }

    public static String svg(List<PlanDraft.GradedStep> steps) {
        List<PlanDraft.GradedStep> sorted = steps.stream().filter(s -> s.from() != null && s.to() != null)
                .sorted(Comparator.comparing(PlanDraft.GradedStep::from)).toList();
        if (sorted.isEmpty()) {
            return "";
        }
        LocalDate first = sorted.get(0).from();
        LocalDate last = sorted.stream().map(PlanDraft.GradedStep::to).max(Comparator.naturalOrder()).orElse(first);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        int width = 600;
        int height = 160;
        int left = 40;
        int plot = width - left - 10;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg class=\"app-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"Gradert opptrapping fra %s til %s\">", width, height + 30, Dates.format(first),
                Dates.format(last)));
        for (int pct : new int[] {0, 50, 100}) {
            double y = 10 + height - height * pct / 100.0;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c6c2bf\"/>"
                    + "<text x=\"0\" y=\"%.1f\" font-size=\"11\">%d %%</text>", left, width - 10, y, y, y + 4, pct));
        }
        for (PlanDraft.GradedStep s : sorted) {
            double x = left + plot * ChronoUnit.DAYS.between(first, s.from()) / days;
            double w = Math.max(2, plot * (ChronoUnit.DAYS.between(s.from(), s.to()) + 1) / days - 2);
            int pct = s.percent() == null ? 0 : Math.max(0, Math.min(100, s.percent()));
            double h = height * pct / 100.0;
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#0067c5\"><title>%s–%s: %d %%</title></rect>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%d %%</text>", x, 10 + height - h, w, h,
                    Dates.format(s.from()), Dates.format(s.to()), pct, x + 2, Math.min(8 + height - h, height), pct));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text></svg>", left, height + 28,
                Dates.format(first), width - 10, height + 28, Dates.format(last)));
        return out.toString();
    }
}
