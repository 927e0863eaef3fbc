package no.samspill.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Sick leave before and after the programme at one workplace: the mean of up to four whole quarters that ended
 * before the first session, and of up to four whole quarters that started after the last one.
 */
public record SickLeaveComparison(BigDecimal before, int quartersBefore, BigDecimal after, int quartersAfter) {

    public static final int QUARTERS = 4;

    public static SickLeaveComparison of(List<SickLeaveFigure> figures, LocalDate firstSession, LocalDate lastSession) {
        List<SickLeaveFigure> before = firstSession == null ? List.of() : figures.stream()
                .filter(f -> f.end().isBefore(firstSession))
                .sorted(Comparator.comparing(SickLeaveFigure::start).reversed()).limit(QUARTERS).toList();
        List<SickLeaveFigure> after = lastSession == null ? List.of() : figures.stream()
                .filter(f -> f.start().isAfter(lastSession))
                .sorted(Comparator.comparing(SickLeaveFigure::start)).limit(QUARTERS).toList();
        return new SickLeaveComparison(mean(before), before.size(), mean(after), after.size());
    }

    public boolean complete() {
        return before != null && after != null;
    }

    public BigDecimal change() {
        return complete() ? after.subtract(before) : null;
    }

    static BigDecimal mean(List<SickLeaveFigure> figures) {
        if (figures.isEmpty()) {
            return null;
        }
        BigDecimal sum = figures.stream().map(SickLeaveFigure::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP);
    }
}
