package no.samspill.questionnaire;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.samspill.instrument.Band;
import no.samspill.instrument.ScorePoint;
import no.samspill.instrument.Trajectory;

/**
 * Draws a trajectory as a small server-side SVG: band shading behind, the scores as a line with points, axis labels.
 * Only numbers, dates and fixed band labels go into it; attributes only (the CSP forbids inline styles).
 */
public final class TrendChart {

    private static final int W = 320;
    private static final int H = 140;
    private static final int LEFT = 34;
    private static final int RIGHT = 8;
    private static final int TOP = 8;
    private static final int BOTTOM = 22;
    private static final String[] SHADES = {"#e6f4ea", "#fff4d6", "#ffe5cc", "#fbd5d0", "#f5c2c0"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yy");

    private TrendChart() {
    }

    public static String svg(Trajectory t, String title) {
        int max = Math.max(1, t.maxTotal());
        int min = t.bands().isEmpty() ? 0 : Math.min(0, t.bands().get(0).min());
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"q-chart\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        s.append("<title>").append(escape(title)).append("</title>");
        List<Band> bands = t.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            double y1 = y(Math.min(b.max() + 0.5, max), min, max);
            double y2 = y(Math.max(b.min() - 0.5, min), min, max);
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>",
                    LEFT, y1, W - LEFT - RIGHT, Math.max(0, y2 - y1), SHADES[Math.min(i * SHADES.length / bands.size(),
                            SHADES.length - 1)]));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"9\" fill=\"#49515e\" "
                    + "text-anchor=\"end\">%d</text>", LEFT - 4, y2 - 1, Math.max(b.min(), min)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"9\" fill=\"#49515e\" text-anchor=\"end\">%d</text>",
                LEFT - 4, y(max, min, max) + 8, max));
        List<ScorePoint> points = t.points();
        int n = points.size();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ScorePoint p = points.get(i);
            double x = n == 1 ? LEFT + (W - LEFT - RIGHT) / 2.0 : LEFT + 10 + i * (W - LEFT - RIGHT - 20) / (double) (n - 1);
            double y = y(p.total(), min, max);
            line.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#0067c5\"><title>%s: %d</title></circle>",
                    x, y, p.date().format(DATE), p.total()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" fill=\"#49515e\" text-anchor=\"middle\">%s</text>",
                    x, H - 6, p.date().format(DATE)));
        }
        if (n > 1) {
            s.append("<polyline fill=\"none\" stroke=\"#0067c5\" stroke-width=\"2\" points=\"").append(line).append("\"/>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double y(double value, int min, int max) {
        return TOP + (H - TOP - BOTTOM) * (1 - (value - min) / (double) (max - min));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
