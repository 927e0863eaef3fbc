package no.samspill.meeting;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.person.PersonId;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    RecordMeetingHeld(MeetingStore store, RecordMilestoneMet recordMilestoneMet, SickLeaveTimelines timelines,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.recordMilestoneMet = recordMilestoneMet;
        this.timelines = timelines;
    }

    @Transactional
    public Meeting held(UUID meetingId, int expectedVersion, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        Meeting held = current.hold(store.clock.instant());
        LocalDate heldOn = LocalDate.ofInstant(held.startsAt(), Meeting.OSLO);
        PersonId person = new PersonId(held.personId());
        // Reads first: a read is logged in a transaction of its own, which must not wait for this one's audit write.
        boolean milestoneOpen = held.type().milestone().map(kind -> {
            var timeline = timelines.timeline(person, LocalDate.now(store.clock));
            return timeline.casePeriod().filter(cp -> !heldOn.isBefore(cp.start())).isPresent()
                    && timeline.milestones().stream().anyMatch(m -> m.kind() == kind && m.metOn() == null);
        }).orElse(false);
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.ADMIN, "Meeting", meetingId);
        store.save(held, current.type().label() + " avholdt", null, InformationCategory.ADMIN, actor);
        if (milestoneOpen) {
            // The milestone follows from the held meeting: internal processing, recorded in the history with the actor.
            store.access.asSystem(() -> recordMilestoneMet.record(person, held.type().milestone().orElseThrow(), heldOn,
                    actor));
        }
        events.publishEvent(new MeetingHeld(meetingId, held.pathwayId()));
        return store.meetings.byId(meetingId).orElseThrow();
    }
}
