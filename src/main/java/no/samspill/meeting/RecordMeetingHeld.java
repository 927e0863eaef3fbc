package no.samspill.meeting;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.person.PersonId;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a meeting was held. A held statutory meeting satisfies its milestone on the sick-leave timeline
 * (dialogue meeting 1 by week 7, folketrygdloven § 8-7 a; dialogue meeting 2 by week 26, § 8-7 a (2)).
 */
@Service
public class RecordMeetingHeld {

    private final MeetingStore store;
    private final RecordMilestoneMet recordMilestoneMet;
    private final SickLeaveTimelines timelines;

    RecordMeetingHeld(MeetingStore store, RecordMilestoneMet recordMilestoneMet, SickLeaveTimelines timelines) {
        this.store = store;
        this.recordMilestoneMet = recordMilestoneMet;
        this.timelines = timelines;
    }

    @Transactional
    public Meeting held(UUID meetingId, int expectedVersion, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        store.access.requireWrite(current.personId(), InformationCategory.ADMIN, "Meeting", meetingId);
        Meeting held = current.hold(store.clock.instant());
        store.save(held, current.type().label() + " avholdt", null, InformationCategory.ADMIN, actor);
        LocalDate heldOn = LocalDate.ofInstant(held.startsAt(), Meeting.OSLO);
        PersonId person = new PersonId(held.personId());
        held.type().milestone().ifPresent(kind -> {
            boolean open = timelines.timeline(person, LocalDate.now(store.clock)).casePeriod()
                    .filter(cp -> !heldOn.isBefore(cp.start())).isPresent()
                    && timelines.timeline(person, LocalDate.now(store.clock)).milestones().stream()
                    .anyMatch(m -> m.kind() == kind && m.metOn() == null);
            if (open) {
                recordMilestoneMet.record(person, kind, heldOn, actor);
            }
        });
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
