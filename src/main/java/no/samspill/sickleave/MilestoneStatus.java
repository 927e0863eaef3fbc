package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/** Where a milestone stands on a given day. */
public enum MilestoneStatus {
    /** Recorded as met (plan made, meeting held). */
    DONE("Utført"),
    /** The activity requirement, met because the leave is graded at its checkpoint. */
    MET_BY_GRADED_LEAVE("Oppfylt – gradert sykmelding"),
    /**
     * Dialogue meeting 1 when every registered sick day up to its due day is graded: held only when a party finds it
     * useful.
     */
    ON_REQUEST("Ved behov – gradert sykmeldt til uke 7"),
    /** Due after the case ended: the person is back at work, so the milestone no longer applies. */
    NOT_RELEVANT("Ikke aktuelt – sykmeldingen er avsluttet"),
    /** An informational date (nobody in the clinic acts on it) that has passed. */
    PASSED("Passert"),
    OVERDUE("Forfalt"),
    /** Due today or within the next 6 days: a 7-day window that includes today. */
    DUE("Forfaller snart"),
    UPCOMING("Kommende");

    static final int DUE_WINDOW_DAYS = 7;

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Someone still has to act: the milestone belongs on a worklist (if the clinic coordinator can act on it). */
    public boolean open() {
        return this == OVERDUE || this == DUE || this == UPCOMING;
    }

    /** Met, by a recorded date or by the leave itself. */
    public boolean met() {
        return this == DONE || this == MET_BY_GRADED_LEAVE;
    }

    /**
     * The plain deadline rule.
     *
     * @param due    the due date
     * @param doneOn the day it was done, or {@code null} when not done
     * @param today  the day to judge from
     */
    public static MilestoneStatus of(LocalDate due, LocalDate doneOn, LocalDate today) {
        Objects.requireNonNull(due, "Frist mangler");
        Objects.requireNonNull(today, "Dagens dato mangler");
        if (doneOn != null) {
            return DONE;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        if (due.isBefore(today.plusDays(DUE_WINDOW_DAYS))) {
            return DUE;
        }
        return UPCOMING;
    }

    /**
     * A milestone of a case period, judged with the case's leave (../shared/domain/sick-leave.md), in this order:
     * <ol>
     *   <li>recorded as met: {@link #DONE};</li>
     *   <li>the case has ended (its last sick day is before today) and the milestone falls after that day
     *       ({@link Milestone#afterCase}): {@link #NOT_RELEVANT} — the person is back at work; more leave within 16
     *       days would join the case again and bring it back;</li>
     *   <li>folketrygdloven § 8-8 (2): graded leave (under 100 %) on the activity-requirement day meets the
     *       requirement: {@link #MET_BY_GRADED_LEAVE};</li>
     *   <li>arbeidsmiljøloven § 4-6 (4): dialogue meeting 1 is called by week 7 when the person has been fully
     *       (100 %) sick-listed; when every registered sick day from the case start through its due day is graded, it
     *       is held only when a party finds it useful: {@link #ON_REQUEST} ({@link Milestone#onRequest}). One fully
     *       sick-listed day in those weeks makes it a deadline, whatever the grade on the due day; leave after the due
     *       day does not count (the weeks count from the case start);</li>
     *   <li>a date the clinic coordinator cannot act on (employer period end, NAV's DM2 check, the max date) is
     *       never overdue: {@link #PASSED} once passed, {@link #UPCOMING} before;</li>
     *   <li>otherwise the plain deadline rule {@link #of(LocalDate, LocalDate, LocalDate)}.</li>
     * </ol>
     * For the activity requirement a day with no registered leave (a gap inside the case, or after the last period
     * while the case lasts) is not taken as graded. For dialogue meeting 1 only fully sick-listed days count, so a
     * graded leave that is registered only part of the way to week 7 keeps the meeting on request until a fully
     * sick-listed day is registered before its due day.
     */
    public static MilestoneStatus of(Milestone milestone, CasePeriod casePeriod, LocalDate metOn, LocalDate today) {
        Objects.requireNonNull(milestone, "Milepæl mangler");
        Objects.requireNonNull(casePeriod, "Oppfølgingstilfelle mangler");
        Objects.requireNonNull(today, "Dagens dato mangler");
        LocalDate due = milestone.dueDate();
        if (metOn != null) {
            return DONE;
        }
        if (casePeriod.end().isBefore(today) && milestone.afterCase(casePeriod)) {
            return NOT_RELEVANT;
        }
        if (milestone.kind() == MilestoneKind.ACTIVITY_REQUIREMENT && gradedOn(casePeriod, due)) {
            return MET_BY_GRADED_LEAVE;
        }
        if (milestone.onRequest(casePeriod)) {
            return ON_REQUEST;
        }
        if (!milestone.kind().actionableForClinicCoordinator()) {
            return today.isAfter(due) ? PASSED : UPCOMING;
        }
        return of(due, null, today);
    }

    private static boolean gradedOn(CasePeriod casePeriod, LocalDate day) {
        OptionalInt grade = casePeriod.gradeOn(day);
        return grade.isPresent() && grade.getAsInt() < 100;
    }
}
