package no.samspill.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.NoAccessException;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.PathwayTask;
import no.samspill.person.PersonId;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.MilestoneStatus;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The meeting use cases without Spring (meetings in memory, access and neighbours stubbed): status changes go through
 * the state machine with a version check, a held statutory meeting meets its milestone, and finalised minutes put
 * their tasks on the owners' worklists once.
 */
class MeetingUseCasesTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    final InMemoryMeetings meetings = new InMemoryMeetings();
    final PersonDataAccess access = mock(PersonDataAccess.class);
    final RecordMilestoneMet recordMilestoneMet = mock(RecordMilestoneMet.class);
    final SickLeaveTimelines timelines = mock(SickLeaveTimelines.class);
    final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    final AddTask addTask = mock(AddTask.class);
    MeetingStore store;

    @BeforeEach
    void setUp() {
        store = new MeetingStore(meetings, mock(ChangeLog.class), access, Clock.fixed(NOW, ZoneOffset.UTC));
        doAnswer(call -> {
            call.<Runnable>getArgument(0).run();
            return null;
        }).when(access).asSystem(any(Runnable.class));
        when(addTask.add(any(), anyString(), anyString(), any(), anyString())).thenAnswer(call -> new PathwayTask(
                UUID.randomUUID(), call.getArgument(0), call.getArgument(1), call.getArgument(2), call.getArgument(3),
                null, null, 0));
    }

    Meeting invited(MeetingType type) {
        Meeting m = new Meeting(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), type, MeetingStatus.INVITED,
                START, START.plusSeconds(3600), "Klinikken", null,
                List.of(new Participant(Participant.Role.NEAREST_LEADER, "Lars", "lars.leder", null)), null, 0);
        meetings.insert(m, "kari.koordinator", NOW);
        return m;
    }

    RecordMeetingHeld held() {
        return new RecordMeetingHeld(store, recordMilestoneMet, timelines, events);
    }

    @Test
    void aCancelledMeetingCannotBeHeldOrCancelledAgain() {
        Meeting m = invited(MeetingType.COLLABORATION);
        Meeting cancelled = new CancelMeeting(store).cancel(m.id(), 0, "kari.koordinator");
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(1);
        assertThatThrownBy(() -> held().held(m.id(), 1, "kari.koordinator")).isInstanceOf(RefusedChangeException.class);
        assertThatThrownBy(() -> new CancelMeeting(store).cancel(m.id(), 1, "kari.koordinator"))
                .isInstanceOf(RefusedChangeException.class);
        assertThat(meetings.byId(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Meeting m = invited(MeetingType.COLLABORATION);
        held().held(m.id(), 0, "kari.koordinator");
        assertThatThrownBy(() -> new CancelMeeting(store).cancel(m.id(), 0, "lise.kliniker"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(meetings.byId(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aRefusedWriteChangesNothing() {
        Meeting m = invited(MeetingType.COLLABORATION);
        NoAccessException refused = new NoAccessException(mock(no.samspill.access.AccessDecision.class));
        when(access.requireWrite(eq(m.personId()), any(no.samspill.access.ClinicScope.class), eq(InformationCategory.ADMIN),
                anyString(), any())).thenThrow(refused);
        assertThatThrownBy(() -> new CancelMeeting(store).cancel(m.id(), 0, "lars.leder"))
                .isInstanceOf(NoAccessException.class);
        assertThat(meetings.byId(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.INVITED);
    }

    @Test
    void aHeldDialogueMeetingTwoMeetsItsOpenMilestoneAndAnnouncesItself() {
        Meeting m = invited(MeetingType.DIALOGUE_2);
        PersonId person = new PersonId(m.personId());
        when(timelines.timeline(person, TODAY)).thenReturn(timeline(null));
        Meeting done = held().held(m.id(), 0, "kari.koordinator");
        assertThat(done.status()).isEqualTo(MeetingStatus.HELD);
        verify(recordMilestoneMet).record(person, MilestoneKind.DIALOGUE_MEETING_2, TODAY, "kari.koordinator");
        verify(events).publishEvent(new MeetingHeld(m.id(), m.pathwayId()));
    }

    @Test
    void aMilestoneAlreadyMetIsNotMetAgainAndACollaborationMeetingMeetsNone() {
        Meeting dm2 = invited(MeetingType.DIALOGUE_2);
        when(timelines.timeline(new PersonId(dm2.personId()), TODAY)).thenReturn(timeline(TODAY.minusDays(10)));
        held().held(dm2.id(), 0, "kari.koordinator");
        Meeting collaboration = invited(MeetingType.COLLABORATION);
        held().held(collaboration.id(), 0, "kari.koordinator");
        verify(recordMilestoneMet, never()).record(any(), any(), any(), anyString());
    }

    @Test
    void aMeetingIsNotHeldBeforeItStarts() {
        Meeting m = new Meeting(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), MeetingType.DIALOGUE_1,
                MeetingStatus.INVITED, NOW.plusSeconds(3600), NOW.plusSeconds(7200), "Klinikken", null, List.of(), null, 0);
        meetings.insert(m, "kari.koordinator", NOW);
        assertThatThrownBy(() -> held().held(m.id(), 0, "kari.koordinator")).isInstanceOf(RefusedChangeException.class);
        verify(recordMilestoneMet, never()).record(any(), any(), any(), anyString());
    }

    @Test
    void aDraftKeepsItsTasksAndFinalisingPutsThemOnTheWorklistOnce() {
        Meeting m = invited(MeetingType.COLLABORATION);
        Meeting h = held().held(m.id(), 0, "kari.koordinator");
        WriteMinutes write = new WriteMinutes(store, addTask);
        List<Minutes.MinuteTask> tasks = List.of(new Minutes.MinuteTask("Avklar oppgaver", "lars.leder",
                TODAY.plusDays(7), null));
        Meeting draft = write.write(h.id(), h.version(), new Minutes("S", "K", null, tasks, false), false,
                "kari.koordinator");
        assertThat(draft.minutes().tasks()).singleElement().satisfies(t -> assertThat(t.taskId()).isNull());
        verify(addTask, never()).add(any(), anyString(), anyString(), any(), anyString());

        Meeting finalised = write.write(h.id(), draft.version(), new Minutes("S", "K", null, draft.minutes().tasks(),
                true), true, "kari.koordinator");
        assertThat(finalised.minutes().tasks()).singleElement().satisfies(t -> assertThat(t.taskId()).isNotNull());
        verify(addTask, times(1)).add(m.pathwayId(), "Avklar oppgaver", "lars.leder", TODAY.plusDays(7),
                "kari.koordinator");
        assertThatThrownBy(() -> write.write(h.id(), finalised.version(), new Minutes("S", "K", null, tasks, true),
                true, "kari.koordinator")).isInstanceOf(RefusedChangeException.class);
        verify(addTask, times(1)).add(any(), anyString(), anyString(), any(), anyString());
    }

    static SickLeaveTimeline timeline(LocalDate dm2MetOn) {
        return new SickLeaveTimeline(TODAY, List.of(), Optional.of(new no.samspill.sickleave.CasePeriod(
                TODAY.minusWeeks(30), TODAY.plusWeeks(2), List.of(new no.samspill.sickleave.SickLeavePeriod(
                TODAY.minusWeeks(30), TODAY.plusWeeks(2), 100)))), List.of(new TimelineMilestone(
                MilestoneKind.DIALOGUE_MEETING_2, TODAY.plusDays(5), dm2MetOn,
                dm2MetOn == null ? MilestoneStatus.DUE : MilestoneStatus.DONE)), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The meeting table in memory, with its version check. */
    static final class InMemoryMeetings extends Meetings {

        private final Map<UUID, Meeting> rows = new HashMap<>();

        InMemoryMeetings() {
            super(null);
        }

        @Override
        void insert(Meeting m, String actor, Instant at) {
            rows.put(m.id(), m);
        }

        @Override
        void update(Meeting m, String actor, Instant at) {
            Meeting stored = rows.get(m.id());
            if (stored == null || stored.version() != m.version()) {
                throw new ConcurrentChangeException("Møtet");
            }
            rows.put(m.id(), new Meeting(m.id(), m.pathwayId(), m.personId(), m.type(), m.status(), m.startsAt(),
                    m.endsAt(), m.place(), m.videoLink(), m.participants(), m.minutes(), m.version() + 1));
        }

        @Override
        Optional<Meeting> byId(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        List<Meeting> ofPathway(UUID pathwayId) {
            return new ArrayList<>(rows.values().stream().filter(m -> m.pathwayId().equals(pathwayId)).toList());
        }
    }
}
