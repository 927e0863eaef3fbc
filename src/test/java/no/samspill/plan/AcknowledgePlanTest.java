package no.samspill.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.access.AccessBasis;
import no.samspill.access.AccessDecision;
import no.samspill.access.AccessPolicy;
import no.samspill.access.InformationCategory;
import no.samspill.access.NoAccessException;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Viewer;
import no.samspill.history.ChangeLog;
import no.samspill.person.PersonId;
import no.samspill.shared.RefusedChangeException;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.MilestoneStatus;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickLeaveTimelines;
import no.samspill.sickleave.TimelineMilestone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement use case without Spring (in-memory versions, stubbed access): a plan version is agreed when the
 * patient and the nearest leader have both acknowledged that same version, and only then is the open follow-up-plan
 * milestone met.
 */
class AcknowledgePlanTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Viewer PATIENT = new Viewer("pia.pasient", "Pia", "Pasient", Party.PATIENT, null, null, null, "x");
    static final Viewer LEADER = new Viewer("lars.leder", "Lars", "Leder", Party.EMPLOYER, "994000020", null, null, null);
    static final Viewer COORDINATOR = new Viewer("kari.koordinator", "Kari", "Koordinator", Party.CLINIC, "974000008",
            null, null, null);

    final InMemoryVersions versions = new InMemoryVersions();
    final PersonDataAccess access = mock(PersonDataAccess.class);
    final RecordMilestoneMet recordMilestoneMet = mock(RecordMilestoneMet.class);
    final SickLeaveTimelines timelines = mock(SickLeaveTimelines.class);
    final UUID pathway = UUID.randomUUID();
    final UUID person = UUID.randomUUID();
    AcknowledgePlan acknowledge;

    @BeforeEach
    void setUp() {
        acknowledge = new AcknowledgePlan(versions, mock(ChangeLog.class), access, recordMilestoneMet, timelines,
                Clock.fixed(NOW, ZoneOffset.UTC));
        doAnswer(call -> {
            call.<Runnable>getArgument(0).run();
            return null;
        }).when(access).asSystem(any(Runnable.class));
        when(timelines.timeline(new PersonId(person), TODAY)).thenReturn(new SickLeaveTimeline(TODAY, List.of(),
                Optional.empty(), List.of(new TimelineMilestone(MilestoneKind.FOLLOW_UP_PLAN, TODAY.minusDays(3), null,
                MilestoneStatus.OVERDUE)), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void thePatientAloneDoesNotAgreeThePlan() {
        PlanVersion v1 = versions.publish(1);
        PlanVersion after = as(PATIENT, v1);
        assertThat(after.acknowledgedBy(Party.PATIENT)).isTrue();
        assertThat(after.agreed()).isFalse();
        verify(recordMilestoneMet, never()).record(any(), any(), any(), anyString());
    }

    @Test
    void bothPartiesOnTheSameVersionAgreeItAndMeetTheFollowUpPlanMilestone() {
        PlanVersion v1 = versions.publish(1);
        as(LEADER, v1);
        PlanVersion after = as(PATIENT, v1);
        assertThat(after.agreed()).isTrue();
        verify(recordMilestoneMet).record(new PersonId(person), MilestoneKind.FOLLOW_UP_PLAN, TODAY, "pia.pasient");
    }

    @Test
    void acknowledgementsOfAnEarlierVersionDoNotCountForANewerOne() {
        PlanVersion v1 = versions.publish(1);
        as(PATIENT, v1);
        PlanVersion v2 = versions.publish(2);
        // The older version can no longer be acknowledged; the newer one needs both parties again.
        assertThatThrownBy(() -> as(LEADER, v1)).isInstanceOf(RefusedChangeException.class);
        PlanVersion after = as(LEADER, v2);
        assertThat(after.acknowledgedBy(Party.EMPLOYER)).isTrue();
        assertThat(after.agreed()).isFalse();
        verify(recordMilestoneMet, never()).record(any(), any(), any(), anyString());
        assertThat(as(PATIENT, v2).agreed()).isTrue();
    }

    @Test
    void aSecondAcknowledgementByTheSamePartyChangesNothing() {
        PlanVersion v1 = versions.publish(1);
        as(LEADER, v1);
        assertThat(as(LEADER, v1).acknowledgements()).hasSize(1);
    }

    @Test
    void onlyThePatientAndTheNearestLeaderAcknowledge() {
        PlanVersion v1 = versions.publish(1);
        assertThatThrownBy(() -> as(COORDINATOR, v1)).isInstanceOf(NoAccessException.class);
        assertThat(versions.byId(v1.id()).orElseThrow().acknowledgements()).isEmpty();
    }

    @Test
    void anAlreadyMetMilestoneIsNotMetAgain() {
        when(timelines.timeline(new PersonId(person), TODAY)).thenReturn(new SickLeaveTimeline(TODAY, List.of(),
                Optional.empty(), List.of(new TimelineMilestone(MilestoneKind.FOLLOW_UP_PLAN, TODAY.minusDays(3),
                TODAY.minusDays(5), MilestoneStatus.DONE)), Optional.empty(), Optional.empty(), Optional.empty()));
        PlanVersion v1 = versions.publish(1);
        as(LEADER, v1);
        assertThat(as(PATIENT, v1).agreed()).isTrue();
        verify(recordMilestoneMet, never()).record(any(), eq(MilestoneKind.FOLLOW_UP_PLAN), any(), anyString());
    }

    private PlanVersion as(Viewer viewer, PlanVersion version) {
        when(access.viewer()).thenReturn(viewer);
        // The choke point as it decides: every viewer here may read the plan; the acknowledgement follows the policy.
        when(access.requirePlanAcknowledgement(person, version.id())).thenAnswer(call -> {
            AccessDecision read = new AccessDecision(true, true, InformationCategory.WORK_FUNCTION,
                    AccessBasis.of(viewer.party()), null, "test");
            AccessDecision decision = AccessPolicy.decideAcknowledgement(viewer, read);
            if (!decision.allowed()) {
                throw new NoAccessException(decision);
            }
            return decision;
        });
        return acknowledge.acknowledge(version.id(), viewer.username());
    }

    /** Plan versions and acknowledgements in memory, as the table keeps them. */
    final class InMemoryVersions extends PlanVersions {

        private final List<PlanVersion> stored = new ArrayList<>();

        InMemoryVersions() {
            super(null);
        }

        PlanVersion publish(int number) {
            PlanVersion v = new PlanVersion(UUID.randomUUID(), pathway, person, number, "Mål", List.of(), List.of(),
                    null, List.of(), "kari.koordinator", NOW, List.of());
            stored.add(v);
            return v;
        }

        @Override
        int latestNumber(UUID pathwayId) {
            return stored.stream().filter(v -> v.pathwayId().equals(pathwayId)).mapToInt(PlanVersion::number).max()
                    .orElse(0);
        }

        @Override
        boolean acknowledge(UUID versionId, Party party, String username, Instant at) {
            PlanVersion v = byId(versionId).orElseThrow();
            if (v.acknowledgedBy(party)) {
                return false;
            }
            List<PlanVersion.Acknowledgement> acks = new ArrayList<>(v.acknowledgements());
            acks.add(new PlanVersion.Acknowledgement(party, username, at));
            stored.set(stored.indexOf(v), new PlanVersion(v.id(), v.pathwayId(), v.personId(), v.number(), v.goal(),
                    v.adjustments(), v.steps(), v.navMeasures(), v.reviewDates(), v.publishedBy(), v.publishedAt(),
                    List.copyOf(acks)));
            return true;
        }

        @Override
        Optional<PlanVersion> byId(UUID id) {
            return stored.stream().filter(v -> v.id().equals(id)).findFirst();
        }
    }
}
