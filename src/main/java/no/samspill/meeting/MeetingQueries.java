package no.samspill.meeting;

import java.util.List;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.DeidentifiedExport;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Viewer;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as the viewer may see them: time, place and participants (ADMIN) for every related party — for the GP and
 * the nearest leader only the meetings they themselves are invited to (access.md: the employer's "own meetings"); minutes (WORK_FUNCTION) for those allowed; the clinical note (HEALTH) only for
 * those allowed health data.
 */
@Service
public class MeetingQueries {

    private final Meetings meetings;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;

    MeetingQueries(Meetings meetings, PathwayQueries pathways, PersonDataAccess access) {
        this.meetings = meetings;
        this.pathways = pathways;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofPathway(UUID pathwayId) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        UUID personId = pathway.personId().value();
        ClinicScope scope = ClinicScope.clinic(pathway.clinicOrgNumber());
        access.requireRead(personId, scope, InformationCategory.ADMIN, "Meeting", pathwayId);
        boolean work = access.mayRead(personId, scope, InformationCategory.WORK_FUNCTION);
        if (work) {
            access.requireRead(personId, scope, InformationCategory.WORK_FUNCTION, "Minutes", pathwayId);
        }
        boolean health = access.mayRead(personId, scope, InformationCategory.HEALTH);
        List<Meeting> own = meetings.ofPathway(pathwayId).stream().filter(this::ownIfGpOrLeader).toList();
        if (work && health && own.stream().anyMatch(MeetingQueries::hasClinicalNote)) {
            // The clinical notes are health data: their read is logged as such, with the consent it rests on.
            access.requireRead(personId, scope, InformationCategory.HEALTH, "MinutesClinicalNote", pathwayId);
        }
        return own.stream().map(m -> visible(m, work, health)).toList();
    }

    @Transactional(readOnly = true)
    public Meeting byId(UUID meetingId) {
        Meeting meeting = meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("Møtet"));
        ClinicScope scope = MeetingStore.scope(meeting);
        access.requireRead(meeting.personId(), scope, InformationCategory.ADMIN, "Meeting", meetingId);
        if (!ownIfGpOrLeader(meeting)) {
            throw new NotFoundException("Møtet");
        }
        boolean work = meeting.minutes() != null
                && access.mayRead(meeting.personId(), scope, InformationCategory.WORK_FUNCTION);
        if (work) {
            access.requireRead(meeting.personId(), scope, InformationCategory.WORK_FUNCTION, "Minutes", meetingId);
        }
        boolean health = access.mayRead(meeting.personId(), scope, InformationCategory.HEALTH);
        if (work && health && hasClinicalNote(meeting)) {
            access.requireRead(meeting.personId(), scope, InformationCategory.HEALTH, "MinutesClinicalNote", meetingId);
        }
        return visible(meeting, work, health);
    }

    private static boolean hasClinicalNote(Meeting m) {
        return m.minutes() != null && m.minutes().clinicalNote() != null && !m.minutes().clinicalNote().isBlank();
    }

    /** The correction history of finalised minutes, newest first. */
    @Transactional(readOnly = true)
    public List<MinutesCorrection> corrections(UUID meetingId) {
        Meeting meeting = meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("Møtet"));
        ClinicScope scope = MeetingStore.scope(meeting);
        if (!access.mayRead(meeting.personId(), scope, InformationCategory.WORK_FUNCTION) || !ownIfGpOrLeader(meeting)) {
            return List.of();
        }
        access.requireRead(meeting.personId(), scope, InformationCategory.WORK_FUNCTION, "MinutesCorrection", meetingId);
        return meetings.corrections(meetingId);
    }

    /**
     * For a de-identified bulk export (the grant is the access decision): a pathway's meetings without their minutes,
     * which are free text.
     */
    @Transactional(readOnly = true)
    public List<Meeting> forExport(DeidentifiedExport grant, UUID pathwayId) {
        DeidentifiedExport.require(grant);
        return meetings.ofPathway(pathwayId).stream().map(m -> m.withMinutes(null)).toList();
    }

    private boolean ownIfGpOrLeader(Meeting meeting) {
        Viewer viewer = access.viewer();
        if (viewer.party() == Party.GP) {
            return meeting.invitesAs(Participant.Role.GP, identities(viewer.hprNumber()));
        }
        if (viewer.party() == Party.EMPLOYER) {
            return meeting.invitesAs(Participant.Role.NEAREST_LEADER, identities(viewer.username(), viewer.nationalId()));
        }
        return true;
    }

    private static List<String> identities(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }

    private static Meeting visible(Meeting m, boolean work, boolean health) {
        if (m.minutes() == null) {
            return m;
        }
        if (!work) {
            return m.withMinutes(null);
        }
        return health ? m : m.withMinutes(m.minutes().withoutHealth());
    }
}
