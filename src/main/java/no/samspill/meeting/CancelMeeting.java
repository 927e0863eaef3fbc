package no.samspill.meeting;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cancels a meeting that has not been held. */
@Service
public class CancelMeeting {

    private final MeetingStore store;

    CancelMeeting(MeetingStore store) {
        this.store = store;
    }

    @Transactional
    public Meeting cancel(UUID meetingId, int expectedVersion, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.ADMIN, "Meeting", meetingId);
        store.save(current.cancel(), current.type().label() + " avlyst", null, InformationCategory.ADMIN, actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
