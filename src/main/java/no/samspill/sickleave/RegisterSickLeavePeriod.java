package no.samspill.sickleave;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.person.PersonId;
import no.samspill.shared.Dates;
import no.samspill.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a sick-leave period (from, to, grade); the case period and milestones follow from it. */
@Service
public class RegisterSickLeavePeriod {

    /** Periods further back than this are refused as a likely typing error (the case window is three years). */
    static final int MAX_YEARS_BACK = 3;

    private final SickLeaveRecords records;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonDataAccess access;

    RegisterSickLeavePeriod(SickLeaveRecords records, ChangeLog changeLog, ApplicationEventPublisher events, PersonDataAccess access, Clock clock) {
        this.access = access;
        this.records = records;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RegisteredSickLeavePeriod register(PersonId personId, LocalDate from, LocalDate to, int grade, String actor) {
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw InvalidInputException.of("from", "Fra-dato kan ikke være mer enn tre år tilbake");
        }
        if (to.isAfter(today.plusYears(1))) {
            throw InvalidInputException.of("to", "Til-dato kan ikke være mer enn ett år fram i tid");
        }
        SickLeavePeriod period;
        try {
            period = new SickLeavePeriod(from, to, grade);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage().startsWith("Til") ? "to" : "grade", e.getMessage());
        }
        RegisteredSickLeavePeriod registered = new RegisteredSickLeavePeriod(UUID.randomUUID(), period, actor, null);
        access.requireWrite(personId.value(), InformationCategory.WORK_FUNCTION, "SickLeavePeriod", null);
        Instant now = clock.instant();
        records.insert(personId, registered, now);
        changeLog.record(ChangeLog.change(personId.value(), "SICK_LEAVE_PERIOD", registered.id(),
                "Sykmeldingsperiode registrert", actor, now,
                Dates.format(from) + "–" + Dates.format(to) + ", " + grade + " %", InformationCategory.WORK_FUNCTION));
        events.publishEvent(new SickLeaveEvents.TimelineChanged(personId));
        return registered;
    }
}
