package no.samspill.meeting;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a participant's reply to an invitation: coming, new time wanted, or not coming. */
@Service
public class ReplyToMeeting {

    private final MeetingStore store;

    ReplyToMeeting(MeetingStore store) {
        this.store = store;
    }

    @Transactional
    public Meeting reply(UUID meetingId, int expectedVersion, int participant, Participant.Reply reply, String actor) {
        if (reply == null || reply == Participant.Reply.NO_REPLY) {
            throw InvalidInputException.of("reply", "Velg svar");
        }
        Meeting current = store.load(meetingId, expectedVersion);
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.ADMIN, "MeetingReply", meetingId);
        Meeting changed = current.reply(participant, reply);
        Participant who = changed.participants().get(participant);
        store.save(changed, "Svar på innkalling", who.role().label() + ": " + reply.label(), InformationCategory.ADMIN,
                actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
