package no.samspill.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side SVG bar charts for the programme pages: the geometry is computed here and drawn by the template
 * fragment {@code programme/charts :: bars}, so no script and no inline style is needed.
 */
public record ProgrammeCharts(String id, String title, List<String> series, List<Row> rows, double max, String unit,
                              int width, int height, List<Tick> ticks) {

    static final int LABEL_WIDTH = 210;
    static final int PLOT_WIDTH = 380;
    static final int BAR_HEIGHT = 14;
    static final int ROW_GAP = 12;
    static final int TOP = 28;

    /** A labelled group of bars, one per series; a null value is drawn as "skjult"/"mangler" text. */
    public record Row(String label, List<Bar> bars, double y) {
    }

    public record Bar(int series, Double value, String text, double x, double y, double width, double height) {
    }

    public record Tick(double x, String label) {
    }

    /** Input: a row label and one value per series (null = not shown). */
    public record Input(String label, List<Double> values, List<String> texts) {
    }

    public static ProgrammeCharts of(String id, String title, List<String> series, List<Input> inputs, double max,
                                     String unit) {
        List<Row> rows = new ArrayList<>();
        double y = TOP;
        for (Input input : inputs) {
            List<Bar> bars = new ArrayList<>();
            double rowTop = y;
            for (int s = 0; s < series.size(); s++) {
                Double v = input.values().get(s);
                double w = v == null ? 0 : Math.max(1, PLOT_WIDTH * Math.min(v, max) / max);
                bars.add(new Bar(s, v, input.texts().get(s), LABEL_WIDTH, y, w, BAR_HEIGHT));
                y += BAR_HEIGHT + 2;
            }
            rows.add(new Row(input.label(), bars, rowTop));
            y += ROW_GAP;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            ticks.add(new Tick(LABEL_WIDTH + PLOT_WIDTH * i / 4.0, format(value) + unit));
        }
        return new ProgrammeCharts(id, title, series, rows, max, unit, LABEL_WIDTH + PLOT_WIDTH + 90,
                (int) Math.ceil(y + 4), ticks);
    }

    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.forLanguageTag("nb-NO"), "%.1f", value);
    }

    public double plotRight() {
        return LABEL_WIDTH + PLOT_WIDTH;
    }

    public double plotBottom() {
        return height - 4;
    }
}
