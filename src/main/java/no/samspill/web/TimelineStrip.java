package no.samspill.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.samspill.sickleave.CasePeriod;
import no.samspill.sickleave.EarlyWindow;
import no.samspill.sickleave.RegisteredSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.TimelineMilestone;

/**
 * Coordinates for the horizontal SVG strip of a sick-leave timeline, computed on the server (no charting script).
 * The strip runs from the case start to the later of the max date and today; x is in viewBox units (0–{@value #WIDTH}).
 */
public record TimelineStrip(List<Span> periods, Span earlyWindow, List<Mark> milestones, double todayX,
                            String startLabel, String endLabel) {

    public static final int WIDTH = 1000;
    static final int PAD = 24;

    /** A stretch of time: x and width. */
    public record Span(double x, double width) {
    }

    /** A milestone line: x, its number in the list, its status (css class suffix) and an accessible title. */
    public record Mark(double x, int number, String status, String title) {
    }

    /** Null when there is no case period to draw. */
    static TimelineStrip of(SickLeaveTimeline timeline, Fmt fmt) {
        if (timeline.casePeriod().isEmpty()) {
            return null;
        }
        CasePeriod casePeriod = timeline.casePeriod().get();
        LocalDate start = casePeriod.start();
        LocalDate end = timeline.maxDate().orElse(casePeriod.end());
        if (end.isBefore(timeline.today())) {
            end = timeline.today();
        }
        end = end.plusDays(7);
        Scale scale = new Scale(start, end);
        List<Span> periods = new ArrayList<>();
        for (RegisteredSickLeavePeriod p : timeline.periods()) {
            if (!p.voided() && !p.period().to().isBefore(start)) {
                periods.add(scale.span(p.period().from(), p.period().to().plusDays(1)));
            }
        }
        Span early = timeline.earlyWindow().map(w -> scale.span(w.from(), w.to().plusDays(1))).orElse(null);
        List<Mark> marks = new ArrayList<>();
        int n = 1;
        for (TimelineMilestone m : timeline.milestones()) {
            marks.add(new Mark(scale.x(m.dueDate()), n++, m.status().name().toLowerCase(),
                    m.kind().label() + ": " + fmt.date(m.dueDate()) + " (" + m.status().label() + ")"));
        }
        return new TimelineStrip(periods, early, marks, scale.x(timeline.today()), fmt.date(start),
                timeline.maxDate().map(d -> "Maksdato " + fmt.date(d)).orElse(fmt.date(casePeriod.end())));
    }

    static boolean inEarlyWindow(EarlyWindow window, LocalDate day) {
        return window != null && window.contains(day);
    }

    private record Scale(LocalDate start, LocalDate end) {

        double x(LocalDate day) {
            double total = Math.max(1, ChronoUnit.DAYS.between(start, end));
            double offset = ChronoUnit.DAYS.between(start, day);
            double x = PAD + (WIDTH - 2.0 * PAD) * offset / total;
            return Math.round(Math.max(PAD, Math.min(WIDTH - PAD, x)) * 10) / 10.0;
        }

        Span span(LocalDate from, LocalDate toExclusive) {
            double x1 = x(from);
            double x2 = x(toExclusive);
            return new Span(x1, Math.max(1, x2 - x1));
        }
    }
}
