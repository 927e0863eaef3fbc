package no.samspill.meeting;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives a meeting a new time and/or place; every participant is asked again. */
@Service
public class RescheduleMeeting {

    private final MeetingStore store;

    RescheduleMeeting(MeetingStore store) {
        this.store = store;
    }

    @Transactional
    public Meeting reschedule(UUID meetingId, int expectedVersion, MeetingRequest request, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        MeetingRequest checked = new MeetingRequest(current.type(), request.start(), request.durationMinutes(),
                request.place(), request.videoLink(), current.participants());
        FieldErrors errors = new FieldErrors();
        store.checkTimeAndPlace(checked, null, errors);
        errors.throwIfAny();
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.ADMIN, "Meeting", meetingId);
        Meeting changed = current.reschedule(store.start(checked), store.end(checked),
                MeetingStore.trimToNull(request.place()), MeetingStore.trimToNull(request.videoLink()));
        store.save(changed, "Nytt tidspunkt/sted for " + current.type().label(), null, InformationCategory.ADMIN, actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
