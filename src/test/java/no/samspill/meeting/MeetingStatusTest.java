package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

/** A meeting moves invited → new time/place → held or cancelled, and nowhere else. */
class MeetingStatusTest {

    static final Instant START = Instant.parse("2026-11-20T08:00:00Z");

    static Meeting invited() {
        return new Meeting(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), MeetingType.DIALOGUE_1,
                MeetingStatus.INVITED, START, START.plusSeconds(3600), "Klinikken", null,
                List.of(new Participant(Participant.Role.PATIENT, "Pia", null, null),
                        new Participant(Participant.Role.NEAREST_LEADER, "Lars", "lars.leder", null)), null, 0);
    }

    @Test
    void anInvitedMeetingCanBeRescheduledHeldOrCancelled() {
        assertThat(MeetingStatus.INVITED.next()).containsExactlyInAnyOrder(MeetingStatus.RESCHEDULED, MeetingStatus.HELD,
                MeetingStatus.CANCELLED);
        assertThat(MeetingStatus.RESCHEDULED.canMoveTo(MeetingStatus.RESCHEDULED)).isTrue();
    }

    @Test
    void heldAndCancelledMeetingsAreFinal() {
        for (MeetingStatus done : List.of(MeetingStatus.HELD, MeetingStatus.CANCELLED)) {
            for (MeetingStatus target : MeetingStatus.values()) {
                assertThatThrownBy(() -> done.moveTo(target)).isInstanceOf(RefusedChangeException.class);
            }
        }
    }

    @Test
    void aNewTimeAsksEveryoneAgain() {
        Meeting replied = invited().reply(1, Participant.Reply.COMING);
        assertThat(replied.participants().get(1).reply()).isEqualTo(Participant.Reply.COMING);
        Meeting moved = replied.reschedule(START.plusSeconds(86400), START.plusSeconds(90000), null, "https://video.no/x");
        assertThat(moved.status()).isEqualTo(MeetingStatus.RESCHEDULED);
        assertThat(moved.participants()).allMatch(p -> p.reply() == Participant.Reply.NO_REPLY);
    }

    @Test
    void aMeetingIsNotHeldBeforeItStartsAndACancelledOneIsNeverHeld() {
        assertThatThrownBy(() -> invited().hold(START.minusSeconds(60))).isInstanceOf(RefusedChangeException.class);
        assertThat(invited().hold(START.plusSeconds(60)).status()).isEqualTo(MeetingStatus.HELD);
        assertThatThrownBy(() -> invited().cancel().hold(START.plusSeconds(60)))
                .isInstanceOf(RefusedChangeException.class);
        assertThatThrownBy(() -> invited().hold(START).cancel()).isInstanceOf(RefusedChangeException.class);
    }

    @Test
    void minutesOnlyForAHeldMeetingAndFinalisedMinutesOnlyByCorrection() {
        Minutes draft = new Minutes("Situasjon", "Konklusjon", null, List.of(), false);
        assertThatThrownBy(() -> invited().writeMinutes(draft)).isInstanceOf(RefusedChangeException.class);
        Meeting held = invited().hold(START);
        Meeting finalised = held.writeMinutes(new Minutes("S", "K", null, List.of(), true));
        assertThatThrownBy(() -> finalised.writeMinutes(draft)).isInstanceOf(RefusedChangeException.class);
        assertThat(finalised.correctMinutes(new Minutes("S2", "K2", null, List.of(), true)).minutes().situation())
                .isEqualTo("S2");
        assertThatThrownBy(() -> held.correctMinutes(draft)).isInstanceOf(RefusedChangeException.class);
    }

    @Test
    void repliesAreRefusedAfterTheMeeting() {
        assertThatThrownBy(() -> invited().cancel().reply(0, Participant.Reply.COMING))
                .isInstanceOf(RefusedChangeException.class);
    }

    @Test
    void statutoryMeetingTypesSatisfyTheirMilestones() {
        assertThat(MeetingType.DIALOGUE_1.milestone()).hasValue(no.samspill.sickleave.MilestoneKind.DIALOGUE_MEETING_1);
        assertThat(MeetingType.DIALOGUE_2.milestone()).hasValue(no.samspill.sickleave.MilestoneKind.DIALOGUE_MEETING_2);
        assertThat(MeetingType.COLLABORATION.milestone()).isEmpty();
        assertThat(MeetingType.values()).allMatch(t -> !t.agenda().isEmpty());
    }

    @Test
    void onlyAnIdentityInvitedInItsRoleIsAParticipant() {
        Meeting meeting = invited();
        assertThat(meeting.invitesAs(Participant.Role.NEAREST_LEADER, List.of("lars.leder"))).isTrue();
        assertThat(meeting.invitesAs(Participant.Role.NEAREST_LEADER, List.of("eva.leder"))).isFalse();
        // The same user name in another role, or no identity at all, does not count.
        assertThat(meeting.invitesAs(Participant.Role.GP, List.of("lars.leder"))).isFalse();
        assertThat(meeting.invitesAs(Participant.Role.PATIENT, List.of())).isFalse();
    }
}
