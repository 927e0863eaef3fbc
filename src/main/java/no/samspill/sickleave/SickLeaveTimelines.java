package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a person's sick-leave timeline for a given day from the registered periods and the milestones met. */
@Service
@Transactional(readOnly = true)
public class SickLeaveTimelines {

    private final SickLeaveRecords records;
    private final PersonDirectory persons;
    private final PersonDataAccess access;

    SickLeaveTimelines(SickLeaveRecords records, PersonDirectory persons, PersonDataAccess access) {
        this.records = records;
        this.persons = persons;
        this.access = access;
    }

    public SickLeaveTimeline timeline(PersonId personId, LocalDate today) {
        access.requireRead(personId.value(), InformationCategory.WORK_FUNCTION, "SickLeave", null);
        List<RegisteredSickLeavePeriod> registered = records.periodsOf(personId);
        List<SickLeavePeriod> valid = registered.stream().filter(p -> !p.voided()).map(RegisteredSickLeavePeriod::period)
                .toList();
        Optional<CasePeriod> casePeriod = CasePeriods.latest(valid);
        if (casePeriod.isEmpty()) {
            return new SickLeaveTimeline(today, registered, Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        CasePeriod current = casePeriod.get();
        MaxDateRule rule = MaxDateRule.of(SickPayScheme.EMPLOYEE,
                access.asSystem(() -> persons.patient(personId)).map(p -> p.nationalId().birthDate()).orElse(null));
        Map<MilestoneKind, LocalDate> met = records.metFor(personId, current.start());
        List<TimelineMilestone> milestones = StatutoryTimeline.of(current, rule).stream()
                .map(m -> new TimelineMilestone(m.kind(), m.dueDate(), met.get(m.kind()),
                        m.status(current, met.get(m.kind()), today)))
                .toList();
        return new SickLeaveTimeline(today, registered, casePeriod, milestones, Optional.of(EarlyWindow.of(current)),
                Optional.of(MaxDate.of(current, rule)), Optional.of(MaxDate.remainingDays(current, rule, today)));
    }
}
