package no.samspill.programme;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of the sick-leave percent per quarter a workplace reports (table programme_sick_leave). */
@Repository
class SickLeaveFigures {

    private final JdbcClient jdbc;

    SickLeaveFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(UUID workplaceId, SickLeaveFigure f, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO programme_sick_leave (workplace_id, year, quarter, percent, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (workplace_id, year, quarter)
                DO UPDATE SET percent = EXCLUDED.percent, entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at""")
                .params(workplaceId, f.year(), f.quarter(), f.percent(), actor, Timestamp.from(at)).update();
    }

    List<SickLeaveFigure> of(UUID workplaceId) {
        return jdbc.sql("SELECT year, quarter, percent FROM programme_sick_leave WHERE workplace_id = ? ORDER BY year, quarter")
                .param(workplaceId)
                .query((rs, row) -> new SickLeaveFigure(rs.getInt("year"), rs.getInt("quarter"), rs.getBigDecimal("percent")))
                .list();
    }

    /** The figures of the given workplaces by workplace, each in year and quarter order; one query. */
    Map<UUID, List<SickLeaveFigure>> ofWorkplaces(Collection<UUID> workplaceIds) {
        Map<UUID, List<SickLeaveFigure>> result = new HashMap<>();
        if (!workplaceIds.isEmpty()) {
            jdbc.sql("""
                    SELECT workplace_id, year, quarter, percent FROM programme_sick_leave WHERE workplace_id = ANY(?)
                    ORDER BY workplace_id, year, quarter""")
                    .param(workplaceIds.stream().distinct().toArray(UUID[]::new))
                    .query((rs, row) -> result.computeIfAbsent(rs.getObject("workplace_id", UUID.class),
                            k -> new ArrayList<>()).add(new SickLeaveFigure(rs.getInt("year"), rs.getInt("quarter"),
                            rs.getBigDecimal("percent")))).list();
        }
        return result;
    }
}
