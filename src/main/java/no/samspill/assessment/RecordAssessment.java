package no.samspill.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records (or revises) the team's assessment of a pathway. {@code expectedVersion} is null for the first one. */
@Service
public class RecordAssessment {

    private final Assessments assessments;
    private final PathwayQueries pathways;
    private final ChangeLog changeLog;
    private final PersonDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordAssessment(Assessments assessments, PathwayQueries pathways, ChangeLog changeLog, PersonDataAccess access,
                     ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.assessments = assessments;
        this.pathways = pathways;
        this.changeLog = changeLog;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Assessment record(UUID pathwayId, Integer expectedVersion, String health, Assessment.WorkAssessment work,
                             String gpSummary, LocalDate assessedOn, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        FieldErrors errors = new FieldErrors();
        text(errors, "health", health, true);
        text(errors, "gpSummary", gpSummary, false);
        errors.present("assessedOn", assessedOn);
        if (assessedOn != null) {
            errors.check(!assessedOn.isBefore(pathway.openedOn()) && !assessedOn.isAfter(LocalDate.now(clock)),
                    "assessedOn", "Datoen må være mellom forløpets start og i dag");
        }
        if (work == null) {
            errors.add("workAbility", "Beskriv arbeidsevnen");
        } else {
            text(errors, "workAbility", work.workAbility(), true);
            text(errors, "restrictions", work.restrictions(), false);
            text(errors, "workDemands", work.workDemands(), false);
            text(errors, "motivation", work.motivation(), false);
            text(errors, "barrierNote", work.barrierNote(), false);
            text(errors, "conclusion", work.conclusion(), true);
            // The three work questions are always answered: they are the core of the summary to the GP.
            errors.present("hasJob", work.hasJob());
            errors.present("ableToWork", work.ableToWork());
            errors.present("workBenefitsHealth", work.workBenefitsHealth());
        }
        errors.throwIfAny();
        UUID personId = pathway.personId().value();
        access.requireWrite(personId, AssessmentQueries.scope(pathway), InformationCategory.HEALTH, "Assessment",
                pathwayId);
        Optional<Assessment> current = assessments.byPathway(pathwayId);
        int version = current.map(Assessment::version).orElse(0);
        if (current.isPresent() && (expectedVersion == null || expectedVersion != version)) {
            throw new ConcurrentChangeException("Kartleggingen");
        }
        Assessment.WorkAssessment w = new Assessment.WorkAssessment(personId, work.workAbility().trim(),
                trim(work.restrictions()), trim(work.workDemands()), trim(work.motivation()), work.barrierConflict(),
                work.barrierAdjustments(), work.barrierLeadership(), trim(work.barrierNote()), work.hasJob(),
                work.ableToWork(), work.workBenefitsHealth(), work.conclusion().trim(), work.nextSteps());
        Assessment assessment = new Assessment(pathwayId, personId, health.trim(), w, trim(gpSummary), assessedOn, version);
        Instant now = clock.instant();
        assessments.save(assessment, current.isPresent(), actor, now);
        changeLog.record(ChangeLog.change(personId, "ASSESSMENT", pathwayId, current.isPresent()
                ? "Kartlegging revidert" : "Tverrfaglig kartlegging registrert", actor, now, null,
                InformationCategory.HEALTH).heldBy(pathway.clinicOrgNumber()));
        events.publishEvent(new AssessmentRecorded(pathwayId));
        return assessments.byPathway(pathwayId).orElseThrow();
    }

    private static void text(FieldErrors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            errors.check(!required, field, "Må fylles ut");
        } else {
            errors.check(value.length() <= 10_000, field, "Høyst 10 000 tegn");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
