package no.samspill.meeting;

import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrects finalised minutes with a reason; what they said before is kept and shown as the correction history. */
@Service
public class CorrectMinutes {

    private final MeetingStore store;

    CorrectMinutes(MeetingStore store) {
        this.store = store;
    }

    @Transactional
    public Meeting correct(UUID meetingId, int expectedVersion, String situation, String conclusion, String reason,
                           String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        FieldErrors errors = WriteMinutes.check(new Minutes(situation, conclusion, null, null, true), true,
                java.time.LocalDate.ofInstant(current.startsAt(), Meeting.OSLO));
        errors.check(reason != null && !reason.isBlank() && reason.length() <= 1000, "reason",
                "Oppgi hvorfor referatet rettes");
        errors.throwIfAny();
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.WORK_FUNCTION, "Minutes", meetingId);
        Minutes old = current.minutes();
        Minutes corrected = old == null ? null
                : new Minutes(situation.trim(), conclusion.trim(), old.clinicalNote(), old.tasks(), true);
        Meeting changed = current.correctMinutes(corrected);
        store.meetings.insertCorrection(new MinutesCorrection(meetingId, old.situation(), old.conclusion(), reason.trim(),
                actor, store.clock.instant()));
        store.save(changed, "Referat rettet", reason.trim(), InformationCategory.WORK_FUNCTION, actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
