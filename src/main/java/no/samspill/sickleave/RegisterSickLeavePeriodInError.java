package no.samspill.sickleave;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.person.PersonId;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks a wrongly entered sick-leave period void, with a reason; it stays visible but no longer counts. */
@Service
public class RegisterSickLeavePeriodInError {

    private final SickLeaveRecords records;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonDataAccess access;

    RegisterSickLeavePeriodInError(SickLeaveRecords records, ChangeLog changeLog, ApplicationEventPublisher events,
                                   PersonDataAccess access, Clock clock) {
        this.access = access;
        this.records = records;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void registerInError(PersonId personId, UUID periodId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Oppgi hvorfor perioden er registrert feil");
        }
        PersonId owner = records.ownerOf(periodId).filter(personId::equals)
                .orElseThrow(() -> new NotFoundException("Sykmeldingsperioden"));
        access.requireWrite(owner.value(), InformationCategory.WORK_FUNCTION, "SickLeavePeriod", null);
        Instant now = clock.instant();
        if (!records.voidPeriod(periodId, reason.trim(), actor, now)) {
            throw new RefusedChangeException("Perioden er allerede markert som registrert feil");
        }
        changeLog.record(ChangeLog.change(owner.value(), "SICK_LEAVE_PERIOD", periodId,
                "Sykmeldingsperiode markert som registrert feil", actor, now, reason.trim(),
                InformationCategory.WORK_FUNCTION));
        events.publishEvent(new SickLeaveEvents.TimelineChanged(owner));
    }
}
