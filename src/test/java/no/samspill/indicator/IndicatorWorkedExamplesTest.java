package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import no.samspill.identifiers.Sex;
import no.samspill.instrument.ChangeRules;
import no.samspill.instrument.ReliableChange;
import no.samspill.pathway.WorkStatus;
import no.samspill.sickleave.MilestoneKind;
import org.junit.jupiter.api.Test;

/**
 * Seven pathways of one clinic, worked by hand (today 2026-11-24). Dates in the comments are the ones the expected
 * values were counted from.
 */
class IndicatorWorkedExamplesTest {

    static final LocalDate BIRTH = LocalDate.of(1980, 5, 1);
    static final ChangeRules.Outcome IMPROVED_AND_RECOVERED = new ChangeRules.Outcome(ReliableChange.IMPROVEMENT,
            ReliableChange.NOT_AVAILABLE, ReliableChange.IMPROVEMENT, true, false, true, true);
    static final ChangeRules.Outcome RECOVERED_NOT_RELIABLY = new ChangeRules.Outcome(
            ReliableChange.NO_RELIABLE_CHANGE, ReliableChange.NOT_AVAILABLE, ReliableChange.NO_RELIABLE_CHANGE, true,
            false, true, false);
    static final ChangeRules.Outcome BASELINE_ONLY = new ChangeRules.Outcome(ReliableChange.NOT_AVAILABLE,
            ReliableChange.NOT_AVAILABLE, ReliableChange.NOT_AVAILABLE, false, false, false, false);

    static FactInputs pathway(LocalDate received, LocalDate deadline, LocalDate decided, boolean rightToCare,
                              boolean closedWithoutOutcome, boolean voided, LocalDate assessed, List<LocalDate> held,
                              LocalDate caseStart, Integer sickDays, Map<MilestoneKind, FactInputs.Deadline> milestones,
                              Map<Integer, WorkStatus> work, ChangeRules.Outcome psych, Integer wsas, boolean baseline,
                              boolean followUp) {
        return new FactInputs(UUID.randomUUID(), "974589095", received, "COMMON_MENTAL", BIRTH, Sex.FEMALE, null,
                voided, deadline, decided, rightToCare, closedWithoutOutcome, assessed, held, caseStart, sickDays,
                milestones, work, psych, wsas, null, baseline, followUp);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static FactInputs.Deadline due(String due, String met) {
        return new FactInputs.Deadline(d(due), met == null ? null : d(met));
    }

    // P1: decided in time (day 7), first appointment a meeting on day 19 (case day 49), plan in time, DM1 one day
    // late, DM2 still open; reliable recovery; WSAS −8; full work at 3 months.
    static final FactInputs P1 = pathway(d("2026-10-01"), d("2026-10-15"), d("2026-10-08"), true, false, false,
            d("2026-10-22"), List.of(d("2026-10-20")), d("2026-09-01"), 60,
            Map.of(MilestoneKind.FOLLOW_UP_PLAN, due("2026-09-28", "2026-09-25"),
                    MilestoneKind.DIALOGUE_MEETING_1, due("2026-10-19", "2026-10-20"),
                    MilestoneKind.DIALOGUE_MEETING_2, due("2027-03-01", null)),
            Map.of(3, WorkStatus.FULL), IMPROVED_AND_RECOVERED, -8, true, true);
    // P2: decided a day late (day 15), first appointment the assessment on day 28 (case day 124), plan missed,
    // DM1 in time, DM2 open; recovered without reliable improvement; WSAS −2; partial work at 3 months.
    static final FactInputs P2 = pathway(d("2026-10-05"), d("2026-10-19"), d("2026-10-20"), true, false, false,
            d("2026-11-02"), List.of(), d("2026-07-01"), 120,
            Map.of(MilestoneKind.FOLLOW_UP_PLAN, due("2026-07-28", null),
                    MilestoneKind.DIALOGUE_MEETING_1, due("2026-08-18", "2026-08-10"),
                    MilestoneKind.DIALOGUE_MEETING_2, due("2026-12-29", null)),
            Map.of(3, WorkStatus.PARTIAL), RECOVERED_NOT_RELIABLY, -2, true, true);
    // P3: no sick leave; decided day 2; first appointment a meeting on day 20; baseline only.
    static final FactInputs P3 = pathway(d("2026-10-10"), d("2026-10-23"), d("2026-10-12"), true, false, false,
            null, List.of(d("2026-10-30")), null, null, Map.of(), Map.of(), BASELINE_ONLY, null, true, false);
    // P4: registered in error: counts nowhere, although it has a decision and a meeting.
    static final FactInputs P4 = pathway(d("2026-10-12"), d("2026-10-26"), d("2026-10-13"), true, false, true,
            null, List.of(d("2026-10-14")), null, null, Map.of(), Map.of(), null, null, false, false);
    // P5: no right to care (day 7), closed without outcome, no sick leave.
    static final FactInputs P5 = pathway(d("2026-10-20"), d("2026-11-03"), d("2026-10-27"), false, true, false,
            null, List.of(), null, null, Map.of(), Map.of(), null, null, false, false);
    // P6: received 2026-11-20, deadline 2026-12-04 not yet passed, no decision: still open.
    static final FactInputs P6 = pathway(d("2026-11-20"), d("2026-12-04"), null, false, false, false,
            null, List.of(), null, null, Map.of(), Map.of(), null, null, false, false);
    // P7: more information asked for, deadline 2026-10-15 passed without a final decision: missed.
    static final FactInputs P7 = pathway(d("2026-10-01"), d("2026-10-15"), null, false, false, false,
            null, List.of(), null, null, Map.of(), Map.of(), null, null, false, false);

    /** The seven pathways summed as the cells would hold them, with the deadlines still open on 2026-11-24. */
    static Formulas.Counts counts() {
        Map<String, NavigableMap<Integer, Long>> counters = new HashMap<>();
        for (FactInputs p : List.of(P1, P2, P3, P4, P5, P6, P7)) {
            p.fact().counters().forEach((k, n) -> counters.computeIfAbsent(k.measure(), m -> new TreeMap<>())
                    .merge(k.bucket(), n, Long::sum));
        }
        // open on 2026-11-24: P6's decision (deadline 12-04); DM2 of P1 (2027-03-01) and P2 (2026-12-29)
        return new Formulas.Counts(counters, Map.of(Measures.PENDING_DECISION, 1L, Measures.PENDING_DM2, 2L));
    }

    static Double value(String indicator) {
        return Formulas.of(indicator).value(counts());
    }

    static long n(String indicator) {
        long n = 0;
        for (long c : Formulas.of(indicator).components(counts())) {
            n += c;
        }
        return n;
    }

    @Test
    void decisionWithinTenWorkingDays() {
        // six counted (P4 in error); P6 still within its deadline → 5; in time: P1, P3, P5 → 3/5
        assertThat(n("decision-within-10-working-days")).isEqualTo(5);
        assertThat(value("decision-within-10-working-days")).isCloseTo(60.0, within(1e-9));
        // days to decision: 7 (P1), 15 (P2), 2 (P3), 7 (P5) → median of 2, 7, 7, 15 = 7
        assertThat(n("decision-days-median")).isEqualTo(4);
        assertThat(value("decision-days-median")).isEqualTo(7.0);
    }

    @Test
    void referralToFirstAppointment() {
        // 19 (P1, meeting before assessment), 28 (P2, assessment), 20 (P3) → median 20; p90 rank ⌈2.7⌉ = 3 → 28
        assertThat(n("referral-to-first-appointment-median")).isEqualTo(3);
        assertThat(value("referral-to-first-appointment-median")).isEqualTo(20.0);
        assertThat(value("referral-to-first-appointment-p90")).isEqualTo(28.0);
    }

    @Test
    void firstSickDayToFirstContactLeavesOutPathwaysWithoutSickLeave() {
        // P1: 2026-09-01 → 10-20 = 49 days; P2: 07-01 → 11-02 = 124 days; P3 has no sick leave.
        // 124 is beyond 8 weeks: it counts in the week bucket 120–126, named 120 (DayBands) → median of 49 and 120
        // = 84.5 (exact: 86.5); the 8- and 12-week limits end buckets, so the shares stay exact.
        assertThat(n("sick-day-to-first-contact-median")).isEqualTo(2);
        assertThat(value("sick-day-to-first-contact-median")).isEqualTo(84.5);
        assertThat(value("first-contact-within-8-weeks")).isEqualTo(50.0);
        assertThat(value("first-contact-within-12-weeks")).isEqualTo(50.0);
    }

    @Test
    void milestonesCountOnlyOnceSettledOrPassed() {
        // plan: P1 in time, P2 missed → 1/2; DM1: P1 a day late, P2 in time → 1/2
        assertThat(value("follow-up-plan-by-week-4")).isEqualTo(50.0);
        assertThat(value("dialogue-meeting-1-by-week-7")).isEqualTo(50.0);
        // DM2: both still open today → nothing to count yet
        assertThat(n("dialogue-meeting-2-by-week-26")).isZero();
        assertThat(value("dialogue-meeting-2-by-week-26")).isNull();
    }

    @Test
    void workStatusAndSickLeaveDays() {
        assertThat(Formulas.of("work-status-3-months").components(counts())).containsExactly(1, 1, 0, 0, 0);
        assertThat(n("work-status-6-months")).isZero();
        // 60 and 120 days, both beyond 8 weeks: buckets 57–63 (57) and 120–126 (120) → median 88.5 (exact: 90)
        assertThat(value("sick-leave-days-median")).isEqualTo(88.5);
    }

    @Test
    void questionnaireOutcomes() {
        // assessable: P1, P2 (P3 has a baseline only); improved: P1 → 50 %
        assertThat(n("reliable-improvement")).isEqualTo(2);
        assertThat(value("reliable-improvement")).isEqualTo(50.0);
        // at caseness first: P1, P2; recovered both → 100 %; reliably: P1 → 50 %
        assertThat(value("recovery")).isEqualTo(100.0);
        assertThat(value("reliable-recovery")).isEqualTo(50.0);
        // WSAS −8 and −2 → mean −5
        assertThat(value("wsas-change-mean")).isEqualTo(-5.0);
        assertThat(n("was-change-mean")).isZero();
    }

    @Test
    void dataCompletenessCountsPathwaysInCareOnly() {
        // in care: P1, P2, P3 (P5 no right, P6/P7 undecided); complete: P1, P2 → 2/3
        assertThat(n("data-completeness")).isEqualTo(3);
        assertThat(value("data-completeness")).isCloseTo(66.667, within(0.001));
    }

    @Test
    void aPathwayRegisteredInErrorContributesNothing() {
        assertThat(P4.fact().counters()).isEmpty();
    }

    @Test
    void aChangeIsAppliedAsTheDifferenceOfContributions() {
        PathwayFact before = P6.fact();
        PathwayFact after = new FactInputs(before.pathwayId(), "974589095", d("2026-11-20"), "COMMON_MENTAL", BIRTH,
                Sex.FEMALE, null, false, d("2026-12-04"), d("2026-11-23"), true, false, null, List.of(), null, null,
                Map.of(), Map.of(), null, null, null, false, false).fact();
        Map<CellKey, Long> delta = PathwayFact.delta(before, after);
        Dimensions dims = before.dimensions();
        assertThat(delta).containsOnly(
                Map.entry(new CellKey(dims, Measures.DECISION_IN_TIME, 0), 1L),
                Map.entry(new CellKey(dims, Measures.DECISION_DAYS, 3), 1L),
                Map.entry(new CellKey(dims, Measures.CARE, 0), 1L));
        // and voiding it afterwards takes everything out again
        assertThat(PathwayFact.delta(after, null)).allSatisfy((k, v) -> assertThat(v).isEqualTo(-1L));
    }

    @Test
    void dayMeasuresAreExactToEightWeeksThenByWeekThenByFourWeeks() {
        // P8: received 2026-03-02, decided on day 3, first appointment (a meeting) on 2026-06-15 = day 105; sick
        // leave from 2026-01-05 → first contact on day 161; 250 sick days.
        FactInputs p8 = pathway(d("2026-03-02"), d("2026-03-16"), d("2026-03-05"), true, false, false, null,
                List.of(d("2026-06-15")), d("2026-01-05"), 250, Map.of(), Map.of(), null, null, false, false);
        Map<String, Integer> buckets = new HashMap<>();
        p8.fact().counters().keySet().forEach(k -> buckets.put(k.measure(), k.bucket()));
        assertThat(buckets).containsEntry(Measures.DECISION_DAYS, 3)
                // day 105 is in week 99–105 (57 + 6·7 = 99)
                .containsEntry(Measures.FIRST_APPOINTMENT_DAYS, 99)
                // day 161 is in week 155–161
                .containsEntry(Measures.FIRST_CONTACT_DAYS, 155)
                // day 250 is in the four-week bucket 239–266 (183 + 2·28 = 239)
                .containsEntry(Measures.SICK_DAYS, 239);
        Formulas.Counts one = new Formulas.Counts(
                Map.<String, NavigableMap<Integer, Long>>of(Measures.FIRST_APPOINTMENT_DAYS,
                        new TreeMap<>(Map.of(99, 1L))), Map.of());
        // the median of one pathway at day 105 is given as the bucket's first day, 99
        assertThat(Formulas.of("referral-to-first-appointment-median").value(one)).isEqualTo(99.0);
    }

    @Test
    void bucketLimitsFallOnTheCatalogueLimits() {
        assertThat(DayBands.bucket(56)).isEqualTo(56);
        assertThat(DayBands.bucket(57)).isEqualTo(57);
        assertThat(DayBands.bucket(63)).isEqualTo(57);
        assertThat(DayBands.bucket(84)).isEqualTo(78);
        assertThat(DayBands.bucket(85)).isEqualTo(85);
        assertThat(DayBands.bucket(182)).isEqualTo(176);
        assertThat(DayBands.bucket(183)).isEqualTo(183);
        assertThat(DayBands.bucket(210)).isEqualTo(183);
        assertThat(DayBands.bucket(211)).isEqualTo(211);
        assertThat(DayBands.bucket(-2)).isEqualTo(-2);
        // within 12 weeks: day 84 counts (bucket 78 ≤ 84), day 85 does not (bucket 85)
        Formulas.Counts c = new Formulas.Counts(Map.<String, NavigableMap<Integer, Long>>of(
                Measures.FIRST_CONTACT_DAYS, new TreeMap<>(Map.of(DayBands.bucket(84), 1L, DayBands.bucket(85), 1L))),
                Map.of());
        assertThat(Formulas.of("first-contact-within-12-weeks").components(c)).containsExactly(1, 1);
    }

    @Test
    void dimensionsComeFromTheReferral() {
        PathwayFact fact = P1.fact();
        assertThat(fact.month()).isEqualTo(d("2026-10-01"));
        // born 1980-05-01, referred 2026-10-01 → 46 years
        assertThat(fact.ageBand()).isEqualTo(AgeBand.FROM_40_TO_49);
        assertThat(fact.sex()).isEqualTo("FEMALE");
        assertThat(fact.arm()).isEmpty();
        assertThat(fact.firstAppointment()).isEqualTo(d("2026-10-20"));
    }

    @Test
    void smallCountsAreSuppressedBeforeAValueIsComputed() {
        IndicatorFilter filter = IndicatorFilter.lastYear(YearMonth.of(2026, 11));
        IndicatorReport report = IndicatorCalculator.report(filter, Grouping.TOTAL, List.of("Alle"),
                Map.of("Alle", counts()));
        Figure decision = report.series("decision-within-10-working-days").total();
        // n = 5 is published, but 3 met and 2 not met are small: the rate would give them away
        assertThat(decision.n()).isEqualTo(5);
        assertThat(decision.nSuppressed()).isFalse();
        assertThat(decision.valueSuppressed()).isTrue();
        assertThat(decision.value()).isNull();
        Figure completeness = report.series("data-completeness").total();
        assertThat(completeness.nSuppressed()).isTrue();
        assertThat(completeness.nText()).isEqualTo("<5");
    }
}
