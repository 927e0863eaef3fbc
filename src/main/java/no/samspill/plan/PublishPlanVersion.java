package no.samspill.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import no.samspill.shared.RefusedChangeException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a new version of the plan. Earlier versions stay as they were. {@code basedOn} is the version number the
 * editor started from: if someone published in between, the second publish is refused instead of overwriting.
 */
@Service
public class PublishPlanVersion {

    private final PlanVersions versions;
    private final PathwayQueries pathways;
    private final ChangeLog changeLog;
    private final PersonDataAccess access;
    private final Clock clock;

    PublishPlanVersion(PlanVersions versions, PathwayQueries pathways, ChangeLog changeLog, PersonDataAccess access,
                       Clock clock) {
        this.versions = versions;
        this.pathways = pathways;
        this.changeLog = changeLog;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public PlanVersion publish(UUID pathwayId, int basedOn, PlanDraft draft, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        FieldErrors errors = draft == null ? new FieldErrors() : draft.check(pathway.openedOn(), endOf(pathway));
        if (draft == null) {
            errors.add("goal", "Skriv målet for planen");
        }
        errors.throwIfAny();
        if (!pathway.state().open()) {
            throw new RefusedChangeException("Forløpet er avsluttet; planen kan ikke endres");
        }
        UUID personId = pathway.personId().value();
        access.requireWrite(personId, ClinicScope.clinic(pathway.clinicOrgNumber()), InformationCategory.WORK_FUNCTION,
                "Plan", pathwayId);
        int latest = versions.latestNumber(pathwayId);
        if (latest != basedOn) {
            throw new ConcurrentChangeException("Oppfølgingsplanen");
        }
        Instant now = clock.instant();
        PlanVersion version = new PlanVersion(UUID.randomUUID(), pathwayId, personId, latest + 1, draft.goal().trim(),
                draft.adjustments(), draft.steps(), blankToNull(draft.navMeasures()), draft.reviewDates().stream().sorted()
                .toList(), actor, now, java.util.List.of());
        try {
            versions.insert(version);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("Oppfølgingsplanen");
        }
        changeLog.record(ChangeLog.change(personId, "PLAN", version.id(), "Oppfølgingsplan versjon " + version.number()
                + " publisert", actor, now, null, InformationCategory.WORK_FUNCTION).heldBy(pathway.clinicOrgNumber()));
        return version;
    }

    /** The pathway's span for plan dates: from it opened to it closed, or a year on while it is open. */
    static LocalDate endOf(Pathway pathway) {
        return pathway.closedOn() != null ? pathway.closedOn() : pathway.openedOn().plusYears(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
