package no.samspill.pathway;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of pathways per clinic and state: aggregated data with no person in it. Counts under
 * {@value #SUPPRESS_BELOW} are suppressed (returned as null), and no totals are given from which one could be derived.
 */
@Service
@Transactional(readOnly = true)
public class PathwayStatistics {

    public static final int SUPPRESS_BELOW = 5;

    private final JdbcClient jdbc;

    PathwayStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Cell> byClinicAndState() {
        return jdbc.sql("SELECT clinic_org_number, state, count(*) FROM pathway GROUP BY 1, 2 ORDER BY 1, 2")
                .query((rs, n) -> {
                    long count = rs.getLong(3);
                    return new Cell(rs.getString(1), PathwayState.valueOf(rs.getString(2)),
                            count < SUPPRESS_BELOW ? null : count);
                })
                .list();
    }

    /** One cell; {@code count} is null when suppressed. */
    public record Cell(String clinicOrgNumber, PathwayState state, Long count) {
    }
}
