package no.samspill.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.shared.RefusedChangeException;
import org.junit.jupiter.api.Test;

class ClosingATrialTest {

    static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant CLOSED = Instant.parse("2026-09-01T08:00:00Z");

    static Trial draft() {
        return new Trial(UUID.randomUUID(), "RCT-1", "To møter", TrialDesign.INDIVIDUAL,
                List.of(new TrialArm("usual", "Vanlig"), new TrialArm("two", "To møter")), List.of(4), List.of("974703300"),
                8, TrialStatus.DRAFT, "anna.analytiker", null, null, 0);
    }

    @Test
    void anOpenTrialClosesAndKeepsWhenItOpened() {
        Trial closed = draft().open(OPENED).close(CLOSED);
        assertThat(closed.status()).isEqualTo(TrialStatus.CLOSED);
        assertThat(closed.openedAt()).isEqualTo(OPENED);
        assertThat(closed.closedAt()).isEqualTo(CLOSED);
    }

    @Test
    void aDraftCannotBeClosed() {
        assertThatThrownBy(() -> draft().close(CLOSED)).isInstanceOf(RefusedChangeException.class)
                .hasMessageContaining("ikke åpnet");
    }

    @Test
    void aClosedTrialCannotBeClosedAgainNorReopened() {
        Trial closed = draft().open(OPENED).close(CLOSED);
        assertThatThrownBy(() -> closed.close(CLOSED)).isInstanceOf(RefusedChangeException.class)
                .hasMessageContaining("allerede avsluttet");
        assertThatThrownBy(() -> closed.open(CLOSED)).isInstanceOf(RefusedChangeException.class);
    }
}
