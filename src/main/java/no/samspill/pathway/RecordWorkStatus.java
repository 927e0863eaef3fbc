package no.samspill.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the work status at 3, 6 or 12 months after the assessment (full, partial, not working, education, AAP) and
 * the day it applied. A second recording at the same point is a correction and needs the version the user saw.
 */
@Service
public class RecordWorkStatus {

    private final Pathways pathways;
    private final WorkStatuses statuses;
    private final ChangeLog changeLog;
    private final PersonDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordWorkStatus(Pathways pathways, WorkStatuses statuses, ChangeLog changeLog, PersonDataAccess access,
                     ApplicationEventPublisher events, Clock clock) {
        this.pathways = pathways;
        this.statuses = statuses;
        this.changeLog = changeLog;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<WorkStatusRecord> record(UUID pathwayId, Integer months, WorkStatus status, LocalDate recordedOn,
                                         Integer expectedVersion, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        access.requireWrite(pathway.personId().value(), PathwayQueries.scope(pathway),
                InformationCategory.WORK_FUNCTION, "WorkStatus", pathwayId);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        errors.present("months", months);
        if (months != null) {
            errors.check(WorkStatusRecord.FOLLOW_UP_MONTHS.contains(months), "months", "Velg 3, 6 eller 12 måneder");
        }
        errors.present("status", status);
        errors.present("recordedOn", recordedOn);
        if (recordedOn != null) {
            errors.check(!recordedOn.isBefore(pathway.openedOn()) && !recordedOn.isAfter(today), "recordedOn",
                    "Datoen må være mellom forløpets start (" + Dates.format(pathway.openedOn()) + ") og i dag");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        statuses.save(pathwayId, months, status, recordedOn, expectedVersion, actor, now);
        changeLog.record(ChangeLog.change(pathway.personId().value(), "PATHWAY", pathwayId,
                "Arbeidsstatus etter " + months + " måneder: " + status.label(), actor, now, Dates.format(recordedOn),
                InformationCategory.WORK_FUNCTION).heldBy(pathway.clinicOrgNumber()));
        events.publishEvent(new PathwayEvents.PathwayChanged(pathwayId));
        return statuses.ofPathway(pathwayId);
    }
}
