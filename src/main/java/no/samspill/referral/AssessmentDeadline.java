package no.samspill.referral;

import java.time.LocalDate;
import no.samspill.calendar.WorkingDays;

/**
 * A referral must be assessed within 10 working days of receipt (pasient- og brukerrettighetsloven § 2-2).
 * Working days skip weekends and Norwegian public holidays.
 */
public final class AssessmentDeadline {

    public static final int WORKING_DAYS = 10;
    /** A referral is flagged as due when this many working days or fewer remain. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private AssessmentDeadline() {
    }

    public static LocalDate forReceipt(LocalDate receivedOn) {
        return WorkingDays.addWorkingDays(receivedOn, WORKING_DAYS);
    }

    /** How the deadline looks on a given day, for a referral decided on {@code decidedOn} (null while undecided). */
    public static DeadlineStatus status(LocalDate deadline, LocalDate decidedOn, LocalDate today) {
        if (decidedOn != null) {
            return decidedOn.isAfter(deadline) ? DeadlineStatus.DECIDED_LATE : DeadlineStatus.DECIDED_IN_TIME;
        }
        if (today.isAfter(deadline)) {
            return DeadlineStatus.OVERDUE;
        }
        int left = WorkingDays.between(today, deadline);
        return left <= DUE_SOON_WORKING_DAYS ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TIME;
    }
}
