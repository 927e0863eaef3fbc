package no.samspill.referral;

import java.time.LocalDate;

/** Sick-leave status at referral: status, grade (percent) and since when. */
public record ReferredSickLeave(SickLeaveStatus status, Integer grade, LocalDate since) {

    public static ReferredSickLeave none() {
        return new ReferredSickLeave(SickLeaveStatus.NONE, null, null);
    }
}
