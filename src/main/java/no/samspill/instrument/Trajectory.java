package no.samspill.instrument;

import java.util.Comparator;
import java.util.List;

/** One measure over time for one person: complete scores only, oldest first (incomplete scores are left out). */
public record Trajectory(String instrumentId, int maxTotal, List<Band> bands, List<ScorePoint> points) {

    public Trajectory {
        points = points.stream().sorted(Comparator.comparing(ScorePoint::date)).toList();
        bands = List.copyOf(bands);
    }

    public boolean hasChange() {
        return points.size() >= 2;
    }

    public ScorePoint first() {
        return points.get(0);
    }

    public ScorePoint last() {
        return points.get(points.size() - 1);
    }

    /** Last minus first (negative is fewer symptoms on every shipped instrument but WAS). */
    public int change() {
        return last().total() - first().total();
    }
}
