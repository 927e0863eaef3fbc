package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;
import no.samspill.shared.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician assigns a set of instruments (their newest versions) to the patient of a pathway, with a schedule of
 * rounds; each round goes on the coordinator's worklist from its due date until it is answered.
 */
@Service
public class AssignInstruments {

    private final Assignments assignments;
    private final InstrumentLibrary library;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignInstruments(Assignments assignments, InstrumentLibrary library, PersonDataAccess access, ChangeLog changeLog,
                      ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.library = library;
        this.access = access;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    /** {@code pathwayId} and {@code personId} come from the pathway the adapter has already read (and may see). */
    @Transactional
    public Assignment assign(UUID pathwayId, PersonId personId, List<String> instrumentIds,
                             List<Schedule.PlannedRound> schedule, String actor) {
        FieldErrors errors = new FieldErrors();
        List<InstrumentRef> refs = new ArrayList<>();
        errors.check(instrumentIds != null && !instrumentIds.isEmpty(), "instruments", "Velg minst ett skjema");
        if (instrumentIds != null) {
            for (String id : instrumentIds.stream().distinct().toList()) {
                library.latest(id).map(Instrument::ref).ifPresentOrElse(refs::add,
                        () -> errors.add("instruments", "Ukjent skjema «" + id + "»"));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Schedule.check(schedule == null ? List.of() : schedule, today, errors);
        errors.throwIfAny();
        access.requireWrite(personId.value(), ClinicScope.pathway(pathwayId), InformationCategory.HEALTH,
                "QuestionnaireAssignment", pathwayId);
        Instant now = clock.instant();
        Assignment assignment = new Assignment(UUID.randomUUID(), pathwayId, personId, refs, actor, now);
        List<Round> rounds = schedule.stream().map(p -> new Round(UUID.randomUUID(), assignment.id(), pathwayId, personId,
                p.label(), p.dueDate(), null, null, 0)).toList();
        assignments.insert(assignment, rounds);
        rounds.forEach(r -> events.publishEvent(new QuestionnaireEvents.RoundScheduled(pathwayId, r.id(),
                r.planned().title(), r.dueDate())));
        changeLog.record(ChangeLog.change(personId.value(), "QUESTIONNAIRE", assignment.id(), "Spørreskjema tildelt",
                actor, now, refs.size() + " skjema, " + rounds.size() + " runder", InformationCategory.HEALTH).heldBy(access.clinicOfPathway(pathwayId)));
        return assignment;
    }
}
