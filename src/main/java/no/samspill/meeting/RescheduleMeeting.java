package no.samspill.meeting;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives a meeting a new time and/or place; every participant is asked again. */
@Service
public class RescheduleMeeting {

    private final MeetingStore store;
    private final PathwayQueries pathways;

    RescheduleMeeting(MeetingStore store, PathwayQueries pathways) {
        this.store = store;
        this.pathways = pathways;
    }

    @Transactional
    public Meeting reschedule(UUID meetingId, int expectedVersion, MeetingRequest request, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        Pathway pathway = pathways.byId(current.pathwayId()).orElseThrow(() -> new NotFoundException("Forløpet"));
        MeetingRequest checked = new MeetingRequest(current.type(), request.start(), request.durationMinutes(),
                request.place(), request.videoLink(), current.participants(), request.allowBeforePathway());
        FieldErrors errors = new FieldErrors();
        store.checkTimeAndPlace(checked, null, pathway.openedOn(), errors);
        errors.throwIfAny();
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.ADMIN, "Meeting", meetingId);
        Meeting changed = current.reschedule(store.start(checked), store.end(checked),
                MeetingStore.trimToNull(request.place()), MeetingStore.trimToNull(request.videoLink()));
        store.save(changed, "Nytt tidspunkt/sted for " + current.type().label(), null, InformationCategory.ADMIN, actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
