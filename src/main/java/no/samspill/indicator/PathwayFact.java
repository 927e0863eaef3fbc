package no.samspill.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.pathway.WorkStatus;

/**
 * What one pathway contributes to the indicators, as of its latest change: its dimensions, the dates the time
 * indicators count between, and its outcomes. Holds no name or ID number, but it is about one person's pathway.
 * {@link #counters()} is its contribution to the aggregate cells (day measures bucketed by {@link DayBands}); a
 * change of the fact is applied as the difference between the old and the new contribution.
 */
@PersonData(InformationCategory.HEALTH)
public record PathwayFact(UUID pathwayId, LocalDate month, String clinic, String complaintGroup, AgeBand ageBand,
                          String sex, String arm, boolean excluded, LocalDate receivedOn, LocalDate decisionDeadline,
                          LocalDate decidedOn, boolean rightToCare, boolean closedWithoutOutcome,
                          LocalDate firstAppointment, LocalDate caseStart, Integer sickDays, LocalDate followUpPlanDue,
                          LocalDate followUpPlanMet, LocalDate dialogueMeeting1Due, LocalDate dialogueMeeting1Met,
                          LocalDate dialogueMeeting2Due, LocalDate dialogueMeeting2Met, LocalDate assessedOn,
                          WorkStatus workStatus3, WorkStatus workStatus6, WorkStatus workStatus12,
                          boolean psychAssessable, boolean psychCaseAtStart, boolean psychImproved,
                          boolean psychRecovered, boolean psychReliablyRecovered, Integer wsasChange, Integer wasChange,
                          boolean hasBaseline, boolean hasFollowUp) {

    public PathwayFact {
        arm = arm == null ? "" : arm;
    }

    Dimensions dimensions() {
        return new Dimensions(month, clinic, complaintGroup, ageBand.name(), sex, arm);
    }

    /** This pathway's counters; empty when it is excluded (its referral was registered in error). */
    Map<CellKey, Long> counters() {
        Map<CellKey, Long> c = new HashMap<>();
        if (excluded) {
            return c;
        }
        Dimensions d = dimensions();
        count(c, d, Measures.PATHWAYS, 0);
        count(c, d, Measures.DECISION_TOTAL, 0);
        if (decidedOn != null) {
            if (!decidedOn.isAfter(decisionDeadline)) {
                count(c, d, Measures.DECISION_IN_TIME, 0);
            }
            count(c, d, Measures.DECISION_DAYS, DayBands.bucket(days(receivedOn, decidedOn)));
        }
        if (firstAppointment != null) {
            count(c, d, Measures.FIRST_APPOINTMENT_DAYS, DayBands.bucket(days(receivedOn, firstAppointment)));
            if (caseStart != null && !firstAppointment.isBefore(caseStart)) {
                count(c, d, Measures.FIRST_CONTACT_DAYS, DayBands.bucket(days(caseStart, firstAppointment)));
            }
        }
        deadline(c, d, followUpPlanDue, followUpPlanMet, Measures.FOLLOW_UP_PLAN_TOTAL, Measures.FOLLOW_UP_PLAN_IN_TIME);
        deadline(c, d, dialogueMeeting1Due, dialogueMeeting1Met, Measures.DM1_TOTAL, Measures.DM1_IN_TIME);
        deadline(c, d, dialogueMeeting2Due, dialogueMeeting2Met, Measures.DM2_TOTAL, Measures.DM2_IN_TIME);
        status(c, d, Measures.WORK_STATUS_3, workStatus3);
        status(c, d, Measures.WORK_STATUS_6, workStatus6);
        status(c, d, Measures.WORK_STATUS_12, workStatus12);
        if (sickDays != null) {
            count(c, d, Measures.SICK_DAYS, DayBands.bucket(sickDays));
        }
        if (psychAssessable) {
            count(c, d, Measures.PSYCH_ASSESSABLE, 0);
            if (psychImproved) {
                count(c, d, Measures.PSYCH_IMPROVED, 0);
            }
            if (psychCaseAtStart) {
                count(c, d, Measures.PSYCH_CASE_AT_START, 0);
                if (psychRecovered) {
                    count(c, d, Measures.PSYCH_RECOVERED, 0);
                }
                if (psychReliablyRecovered) {
                    count(c, d, Measures.PSYCH_RELIABLY_RECOVERED, 0);
                }
            }
        }
        if (wsasChange != null) {
            count(c, d, Measures.WSAS_CHANGE, wsasChange);
        }
        if (wasChange != null) {
            count(c, d, Measures.WAS_CHANGE, wasChange);
        }
        if (rightToCare && !closedWithoutOutcome) {
            count(c, d, Measures.CARE, 0);
            if (hasBaseline && hasFollowUp) {
                count(c, d, Measures.COMPLETE_DATA, 0);
            }
        }
        return c;
    }

    private static void deadline(Map<CellKey, Long> c, Dimensions d, LocalDate due, LocalDate met, String total,
                                 String inTime) {
        if (due == null) {
            return;
        }
        count(c, d, total, 0);
        if (met != null && !met.isAfter(due)) {
            count(c, d, inTime, 0);
        }
    }

    private static void status(Map<CellKey, Long> c, Dimensions d, String measure, WorkStatus status) {
        if (status != null) {
            count(c, d, measure, status.ordinal());
        }
    }

    private static void count(Map<CellKey, Long> c, Dimensions d, String measure, int bucket) {
        c.merge(new CellKey(d, measure, bucket), 1L, Long::sum);
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    /** New minus old: what to add to the cells when a pathway's fact changes from {@code old} to {@code now}. */
    static Map<CellKey, Long> delta(PathwayFact old, PathwayFact now) {
        Map<CellKey, Long> delta = new HashMap<>(now == null ? Map.of() : now.counters());
        if (old != null) {
            old.counters().forEach((k, v) -> delta.merge(k, -v, Long::sum));
        }
        delta.values().removeIf(v -> v == 0);
        return delta;
    }
}
