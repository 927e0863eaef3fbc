package no.samspill.meeting;

import java.util.List;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.history.ChangeLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules a meeting on an open pathway and invites the participants. */
@Service
public class ScheduleMeeting {

    private final MeetingStore store;
    private final PathwayQueries pathways;

    ScheduleMeeting(MeetingStore store, PathwayQueries pathways) {
        this.store = store;
        this.pathways = pathways;
    }

    @Transactional
    public Meeting schedule(UUID pathwayId, MeetingRequest request, String actor) {
        Pathway pathway = pathways.byId(pathwayId).orElseThrow(() -> new NotFoundException("Forløpet"));
        UUID personId = pathway.personId().value();
        FieldErrors errors = new FieldErrors();
        store.checkTimeAndPlace(request, personId, errors);
        errors.throwIfAny();
        if (!pathway.state().open()) {
            throw new RefusedChangeException("Forløpet er avsluttet; nye møter kan ikke innkalles");
        }
        UUID id = UUID.randomUUID();
        store.access.requireWrite(personId, ClinicScope.clinic(pathway.clinicOrgNumber()), InformationCategory.ADMIN,
                "Meeting", id);
        List<Participant> invited = request.participants().stream()
                .map(p -> new Participant(p.role(), p.name().trim(), MeetingStore.trimToNull(p.username()),
                        Participant.Reply.NO_REPLY)).toList();
        Meeting meeting = new Meeting(id, pathwayId, personId, request.type(), MeetingStatus.INVITED,
                store.start(request), store.end(request), MeetingStore.trimToNull(request.place()),
                MeetingStore.trimToNull(request.videoLink()), invited, null, 0);
        var now = store.clock.instant();
        store.meetings.insert(meeting, actor, now);
        store.changeLog.record(ChangeLog.change(personId, "MEETING", id, request.type().label() + " innkalt", actor, now,
                invited.size() + " deltakere", InformationCategory.ADMIN).heldBy(pathway.clinicOrgNumber()));
        return meeting;
    }
}
