package no.samspill.sickleave;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the pathway page shows about sick leave on one day: the periods, the current case period, its milestones
 * with status, the early window, the (simplified) max date and remaining sick-pay days.
 */
@PersonData(InformationCategory.WORK_FUNCTION)
public record SickLeaveTimeline(LocalDate today, List<RegisteredSickLeavePeriod> periods, Optional<CasePeriod> casePeriod,
                                List<TimelineMilestone> milestones, Optional<EarlyWindow> earlyWindow,
                                Optional<LocalDate> maxDate, Optional<Integer> remainingSickPayDays) {

    public boolean todayInEarlyWindow() {
        return earlyWindow.map(w -> w.contains(today)).orElse(false);
    }

    /** Milestones the clinic coordinator can act on and that are not yet met. */
    public List<TimelineMilestone> openActionable() {
        return milestones.stream()
                .filter(m -> m.metOn() == null && m.kind().actionableForClinicCoordinator())
                .toList();
    }
}
