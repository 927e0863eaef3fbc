package no.samspill.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.person.PersonId;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient or the nearest leader acknowledges the newest plan version, which they must be allowed to read (the
 * leader: with the patient's consent to share work-function data). When both have, the plan is agreed, and an
 * open follow-up-plan milestone (by week 4, folketrygdloven § 8-7 a and arbeidsmiljøloven § 4-6 (3)) is met that day.
 */
@Service
public class AcknowledgePlan {

    private final PlanVersions versions;
    private final ChangeLog changeLog;
    private final PersonDataAccess access;
    private final RecordMilestoneMet recordMilestoneMet;
    private final SickLeaveTimelines timelines;
    private final Clock clock;

    AcknowledgePlan(PlanVersions versions, ChangeLog changeLog, PersonDataAccess access,
                    RecordMilestoneMet recordMilestoneMet, SickLeaveTimelines timelines, Clock clock) {
        this.versions = versions;
        this.changeLog = changeLog;
        this.access = access;
        this.recordMilestoneMet = recordMilestoneMet;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Transactional
    public PlanVersion acknowledge(UUID versionId, String actor) {
        PlanVersion version = versions.byId(versionId).orElseThrow(() -> new NotFoundException("Planversjonen"));
        // Decided once: reading the plan's work-function content (an unrelated party learns nothing, 404; the nearest
        // leader without the patient's consent is refused, 403), and the acknowledgement following from it (only the
        // patient and the nearest leader), before anything is written or answered.
        access.requirePlanAcknowledgement(version.personId(), versionId);
        Party party = access.viewer().party();
        if (versions.latestNumber(version.pathwayId()) != version.number()) {
            throw new RefusedChangeException("Det finnes en nyere versjon av planen; bekreft den i stedet");
        }
        Instant now = clock.instant();
        if (!versions.acknowledge(versionId, party, actor, now)) {
            return version;
        }
        changeLog.record(ChangeLog.change(version.personId(), "PLAN", versionId, "Oppfølgingsplan versjon "
                + version.number() + " bekreftet", actor, now, party.label(), InformationCategory.WORK_FUNCTION).heldBy(access.clinicOfPathway(version.pathwayId())));
        PlanVersion after = versions.byId(versionId).orElseThrow();
        if (after.agreed()) {
            // Internal consequence of the agreement, not the acknowledging party's own change to the timeline.
            access.asSystem(() -> recordPlanMilestone(after, actor));
        }
        return after;
    }

    private void recordPlanMilestone(PlanVersion version, String actor) {
        LocalDate today = LocalDate.now(clock);
        PersonId person = new PersonId(version.personId());
        boolean open = timelines.timeline(person, today).milestones().stream()
                .anyMatch(m -> m.kind() == MilestoneKind.FOLLOW_UP_PLAN && m.metOn() == null);
        if (open) {
            recordMilestoneMet.record(person, MilestoneKind.FOLLOW_UP_PLAN, today, actor);
        }
    }
}
