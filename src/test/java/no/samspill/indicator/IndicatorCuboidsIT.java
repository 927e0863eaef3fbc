package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.samspill.identifiers.Sex;
import no.samspill.pathway.WorkStatus;
import no.samspill.referral.ComplaintGroup;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cuboids never drift from the base cells: after a random series of pathway changes applied as deltas
 * (new pathways, changed dates and outcomes, moves between clinics and arms, referrals registered in error, facts
 * taken back), every cuboid equals the base cells summed over the dimensions it leaves out, the base cells equal the
 * pathways' contributions, and every random filter and grouping gives the same sums from each cuboid that can serve
 * it as from the base cells. The pathways lie in 2003, so no other test's figures see them; the test's transaction is
 * rolled back.
 */
@IntegrationTest
@Transactional
class IndicatorCuboidsIT {

    static final YearMonth FIRST = YearMonth.of(2003, 1);
    static final int MONTHS = 4;
    static final String[] CLINICS = {"999000001", "999000002", "999000003"};
    static final String[] ARMS = {"", "CUBE-A", "CUBE-B"};

    @Autowired IndicatorCells cells;
    @Autowired IndicatorQueries queries;
    @Autowired JdbcClient jdbc;

    @Test
    void everyCuboidGivesTheFiguresOfTheBaseCellsAfterASeriesOfChanges() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            Map<UUID, PathwayFact> current = new HashMap<>();
            for (int step = 0; step < 400; step++) {
                change(random, current);
            }
            assertCuboidsEqualTheRolledUpCells();
            assertCellsEqualTheContributions(current);
            for (int i = 0; i < 60; i++) {
                assertEveryServingCuboidAgrees(randomFilter(random));
            }
            // take everything back: the period is empty again in every table
            current.values().forEach(f -> cells.apply(PathwayFact.delta(f, null)));
            for (Cuboid c : Cuboid.values()) {
                assertThat(jdbc.sql("SELECT count(*) FROM " + c.table + " WHERE month BETWEEN ? AND ?")
                        .params(java.sql.Date.valueOf(FIRST.atDay(1)),
                                java.sql.Date.valueOf(FIRST.plusMonths(MONTHS).atDay(1)))
                        .query(Long.class).single()).as(c.table).isZero();
            }
        }
    }

    @Test
    void theDashboardsSharedReadsGiveTheSameReportsAsOneViewAtATime() {
        Random random = new Random(7);
        Map<UUID, PathwayFact> current = new HashMap<>();
        for (int step = 0; step < 300; step++) {
            change(random, current);
        }
        for (int i = 0; i < 20; i++) {
            IndicatorFilter filter = randomFilter(random);
            Map<Grouping, IndicatorReport> together = queries.reports(filter, EnumSet.allOf(Grouping.class));
            for (Grouping g : Grouping.values()) {
                assertThat(together.get(g)).as("%s %s", filter, g).isEqualTo(queries.report(filter, g));
            }
        }
        Map<Grouping, IndicatorReport> all = queries.reports(new IndicatorFilter(FIRST, FIRST.plusMonths(MONTHS - 1),
                null, null, null, null, null), EnumSet.allOf(Grouping.class));
        assertThat(all.get(Grouping.TOTAL).series("decision-within-10-working-days").total().n())
                .isEqualTo(current.values().stream().filter(f -> !f.excluded()).count());
    }

    @Test
    void theSqlDayBandOfTheMigrationAndGeneratorIsDayBands() {
        List<int[]> pairs = jdbc.sql("SELECT d, indicator_day_band(d) FROM generate_series(-5, 1200) d")
                .query((rs, i) -> new int[]{rs.getInt(1), rs.getInt(2)}).list();
        assertThat(pairs).hasSize(1206).allSatisfy(p -> assertThat(p[1]).as("day %d", p[0])
                .isEqualTo(DayBands.bucket(p[0])));
    }

    /** One random change: a new pathway (40 %), new dates and outcomes, a move, a referral in error, or a removal. */
    static void change(Random random, Map<UUID, PathwayFact> current, IndicatorCells cells) {
        List<UUID> ids = new ArrayList<>(current.keySet());
        int kind = ids.isEmpty() ? 0 : random.nextInt(10);
        PathwayFact old = kind < 4 ? null : current.get(ids.get(random.nextInt(ids.size())));
        PathwayFact now;
        if (old == null) {
            now = randomFact(random, UUID.randomUUID());
        } else if (kind <= 5) {
            now = randomFact(random, old.pathwayId());
        } else if (kind <= 7) {
            now = moved(random, old);
        } else if (kind == 8) {
            now = inError(old);
        } else {
            now = null;
        }
        cells.apply(PathwayFact.delta(old, now));
        UUID id = now != null ? now.pathwayId() : old.pathwayId();
        if (now == null) {
            current.remove(id);
        } else {
            current.put(id, now);
        }
    }

    void change(Random random, Map<UUID, PathwayFact> current) {
        change(random, current, cells);
    }

    static PathwayFact randomFact(Random r, UUID id) {
        LocalDate received = FIRST.atDay(1).plusDays(r.nextInt(MONTHS * 28));
        LocalDate decided = r.nextInt(5) == 0 ? null : received.plusDays(r.nextInt(25));
        LocalDate caseStart = r.nextBoolean() ? null : received.minusDays(10 + r.nextInt(300));
        LocalDate first = decided == null ? null : decided.plusDays(r.nextInt(260));
        WorkStatus[] ws = WorkStatus.values();
        return new PathwayFact(id, received.withDayOfMonth(1), pick(r, CLINICS),
                pick(r, ComplaintGroup.values()).name(), pick(r, AgeBand.values()), pick(r, Sex.values()).name(),
                pick(r, ARMS), false, received, received.plusDays(14), decided, r.nextBoolean(), r.nextInt(6) == 0,
                first, caseStart, caseStart == null ? null : r.nextInt(400),
                caseStart == null ? null : caseStart.plusDays(27), maybe(r, caseStart, 20),
                caseStart == null ? null : caseStart.plusDays(48), maybe(r, caseStart, 55),
                caseStart == null ? null : caseStart.plusDays(181), maybe(r, caseStart, 190),
                decided == null ? null : decided.plusDays(10),
                r.nextBoolean() ? ws[r.nextInt(ws.length)] : null, r.nextBoolean() ? ws[r.nextInt(ws.length)] : null,
                r.nextBoolean() ? ws[r.nextInt(ws.length)] : null, r.nextBoolean(), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean() ? r.nextInt(41) - 20 : null,
                r.nextBoolean() ? r.nextInt(11) - 5 : null, r.nextBoolean(), r.nextBoolean());
    }

    /** The same pathway in another month, clinic, profile and arm. */
    static PathwayFact moved(Random r, PathwayFact f) {
        return new PathwayFact(f.pathwayId(), FIRST.plusMonths(r.nextInt(MONTHS)).atDay(1), pick(r, CLINICS),
                pick(r, ComplaintGroup.values()).name(), pick(r, AgeBand.values()), pick(r, Sex.values()).name(),
                pick(r, ARMS), f.excluded(), f.receivedOn(), f.decisionDeadline(), f.decidedOn(), f.rightToCare(),
                f.closedWithoutOutcome(), f.firstAppointment(), f.caseStart(), f.sickDays(), f.followUpPlanDue(),
                f.followUpPlanMet(), f.dialogueMeeting1Due(), f.dialogueMeeting1Met(), f.dialogueMeeting2Due(),
                f.dialogueMeeting2Met(), f.assessedOn(), f.workStatus3(), f.workStatus6(), f.workStatus12(),
                f.psychAssessable(), f.psychCaseAtStart(), f.psychImproved(), f.psychRecovered(),
                f.psychReliablyRecovered(), f.wsasChange(), f.wasChange(), f.hasBaseline(), f.hasFollowUp());
    }

    /** The same pathway, its referral registered in error: it counts nowhere. */
    static PathwayFact inError(PathwayFact f) {
        return new PathwayFact(f.pathwayId(), f.month(), f.clinic(), f.complaintGroup(), f.ageBand(), f.sex(),
                f.arm(), true, f.receivedOn(), f.decisionDeadline(), f.decidedOn(), f.rightToCare(),
                f.closedWithoutOutcome(), f.firstAppointment(), f.caseStart(), f.sickDays(), f.followUpPlanDue(),
                f.followUpPlanMet(), f.dialogueMeeting1Due(), f.dialogueMeeting1Met(), f.dialogueMeeting2Due(),
                f.dialogueMeeting2Met(), f.assessedOn(), f.workStatus3(), f.workStatus6(), f.workStatus12(),
                f.psychAssessable(), f.psychCaseAtStart(), f.psychImproved(), f.psychRecovered(),
                f.psychReliablyRecovered(), f.wsasChange(), f.wasChange(), f.hasBaseline(), f.hasFollowUp());
    }

    static LocalDate maybe(Random r, LocalDate caseStart, int within) {
        return caseStart == null || r.nextBoolean() ? null : caseStart.plusDays(r.nextInt(within));
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static IndicatorFilter randomFilter(Random r) {
        YearMonth from = FIRST.plusMonths(r.nextInt(MONTHS));
        YearMonth to = from.plusMonths(r.nextInt(MONTHS));
        return new IndicatorFilter(from, to, r.nextInt(3) == 0 ? pick(r, CLINICS) : null,
                r.nextInt(3) == 0 ? pick(r, ComplaintGroup.values()) : null,
                r.nextInt(3) == 0 ? pick(r, AgeBand.values()) : null, r.nextInt(3) == 0 ? pick(r, Sex.values()) : null,
                r.nextInt(3) == 0 ? pick(r, ARMS) : null);
    }

    void assertCuboidsEqualTheRolledUpCells() {
        for (Cuboid c : Cuboid.values()) {
            String dims = String.join(", ", c.columns);
            long differing = jdbc.sql("SELECT count(*) FROM (SELECT " + dims + ", measure, bucket, n FROM " + c.table
                            + " EXCEPT SELECT " + dims + ", measure, bucket, sum(n) FROM indicator_cell GROUP BY "
                            + dims + ", measure, bucket) a")
                    .query(Long.class).single();
            long missing = jdbc.sql("SELECT count(*) FROM (SELECT " + dims + ", measure, bucket, sum(n) FROM "
                            + "indicator_cell GROUP BY " + dims + ", measure, bucket EXCEPT SELECT " + dims
                            + ", measure, bucket, n FROM " + c.table + ") a")
                    .query(Long.class).single();
            assertThat(differing + missing).as(c.table).isZero();
        }
    }

    void assertCellsEqualTheContributions(Map<UUID, PathwayFact> current) {
        Map<String, Long> expected = new HashMap<>();
        current.values().forEach(f -> f.counters().forEach((k, n) -> expected.merge(key(k.dimensions().clinic(),
                k.dimensions().month().toString(), k.measure(), k.bucket()), n, Long::sum)));
        Map<String, Long> actual = new HashMap<>();
        jdbc.sql("SELECT clinic, month, measure, bucket, sum(n) AS n FROM indicator_cell WHERE month BETWEEN ? AND ?"
                        + " GROUP BY 1, 2, 3, 4")
                .params(java.sql.Date.valueOf(FIRST.atDay(1)), java.sql.Date.valueOf(FIRST.plusMonths(MONTHS).atDay(1)))
                .query((rs, i) -> actual.put(key(rs.getString("clinic"), rs.getString("month"),
                        rs.getString("measure"), rs.getInt("bucket")), rs.getLong("n")))
                .list();
        assertThat(actual).isEqualTo(expected);
    }

    static String key(String clinic, String month, String measure, int bucket) {
        return clinic + "|" + month + "|" + measure + "|" + bucket;
    }

    void assertEveryServingCuboidAgrees(IndicatorFilter filter) {
        for (Grouping g : Grouping.values()) {
            List<String> groupBy = g.dimension == null ? List.of() : List.of(g.dimension);
            Set<String> needed = IndicatorCells.dimensionsOf(filter, groupBy);
            Map<String, Long> base = sums(filter, Cuboid.CELL, groupBy);
            for (Cuboid c : Cuboid.values()) {
                if (c.keeps(needed)) {
                    assertThat(sums(filter, c, groupBy)).as("%s via %s, %s", g, c, filter).isEqualTo(base);
                }
            }
            Map<String, Long> chosen = new HashMap<>();
            cells.sums(filter, g).forEach(r -> chosen.put(r.group() + "|" + r.measure() + "|" + r.bucket(), r.n()));
            Map<String, Long> baseByLabel = new HashMap<>();
            base.forEach((k, n) -> baseByLabel.put(g.dimension == null ? Grouping.ALL + k : k, n));
            assertThat(chosen).as("%s chosen for %s", g, filter).isEqualTo(baseByLabel);
        }
    }

    Map<String, Long> sums(IndicatorFilter filter, Cuboid c, List<String> groupBy) {
        Map<String, Long> m = new HashMap<>();
        cells.sums(filter, c, groupBy).forEach(r -> m.put(String.join("", r.dimensions()) + "|" + r.measure() + "|"
                + r.bucket(), r.n()));
        return m;
    }
}
