package no.samspill.sickleave;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.person.PersonId;
import no.samspill.shared.Dates;
import no.samspill.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records that a statutory milestone of the current case period was met (plan made, meeting held) and when. */
@Service
public class RecordMilestoneMet {

    private final SickLeaveTimelines timelines;
    private final SickLeaveRecords records;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonDataAccess access;

    RecordMilestoneMet(SickLeaveTimelines timelines, SickLeaveRecords records, ChangeLog changeLog,
                       ApplicationEventPublisher events, PersonDataAccess access, Clock clock) {
        this.access = access;
        this.timelines = timelines;
        this.records = records;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(PersonId personId, MilestoneKind kind, LocalDate metOn, String actor) {
        LocalDate today = LocalDate.now(clock);
        if (metOn == null) {
            throw InvalidInputException.of("metOn", "Oppgi dato");
        }
        if (metOn.isAfter(today)) {
            throw InvalidInputException.of("metOn", "Datoen kan ikke være fram i tid");
        }
        CasePeriod current = timelines.timeline(personId, today).casePeriod()
                .orElseThrow(() -> InvalidInputException.of("kind", "Personen har ingen sykmelding å knytte fristen til"));
        if (metOn.isBefore(current.start())) {
            throw InvalidInputException.of("metOn", "Datoen kan ikke være før sykefraværet startet ("
                    + Dates.format(current.start()) + ")");
        }
        access.requireWrite(personId.value(), InformationCategory.WORK_FUNCTION, "Milestone", null);
        Instant now = clock.instant();
        records.recordMet(personId, current.start(), kind, metOn, actor, now);
        changeLog.record(ChangeLog.change(personId.value(), "MILESTONE", personId.value(),
                "Frist markert som oppfylt: " + kind.label(), actor, now, Dates.format(metOn),
                InformationCategory.WORK_FUNCTION));
        events.publishEvent(new SickLeaveEvents.TimelineChanged(personId));
    }
}
