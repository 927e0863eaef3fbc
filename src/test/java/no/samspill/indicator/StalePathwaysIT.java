package no.samspill.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's marks (decision 0010): marking a marked pathway raises its generation, and a refresh removes only the
 * marks still at the generation it read. Each case runs in one transaction that is rolled back, so the background
 * refresher of the test application never sees these marks.
 */
@IntegrationTest
class StalePathwaysIT {

    @Autowired StalePathways stale;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPathwayMarkedAgainDuringARefreshKeepsItsMarkForTheNextOne() {
        inRolledBackTransaction(() -> {
            UUID pathway = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            stale.mark(List.of(pathway, other, pathway), Instant.EPOCH);
            List<StalePathways.Mark> read = ours(stale.oldest(10), pathway, other);
            assertThat(read).containsExactlyInAnyOrder(new StalePathways.Mark(pathway, 0),
                    new StalePathways.Mark(other, 0));

            stale.mark(List.of(pathway), Instant.now());      // a change lands while the refresh recomputes
            stale.remove(read);
            assertThat(generations(pathway, other)).containsExactly(1L);

            List<StalePathways.Mark> next = ours(stale.oldest(10), pathway, other);
            assertThat(next).containsExactly(new StalePathways.Mark(pathway, 1));
            stale.remove(next);
            assertThat(generations(pathway, other)).isEmpty();
        });
    }

    @Test
    void aMarkKeepsTheTimeOfItsFirstChangeSoThatItIsNotOvertakenByNewerOnes() {
        inRolledBackTransaction(() -> {
            UUID early = UUID.randomUUID();
            UUID late = UUID.randomUUID();
            stale.mark(List.of(early), Instant.EPOCH);
            stale.mark(List.of(late), Instant.EPOCH.plusSeconds(1));
            stale.mark(List.of(early), Instant.EPOCH.plusSeconds(2));
            assertThat(ours(stale.oldest(2), early, late)).extracting(StalePathways.Mark::pathwayId)
                    .containsExactly(early, late);
        });
    }

    private static List<StalePathways.Mark> ours(List<StalePathways.Mark> marks, UUID... ids) {
        List<UUID> wanted = List.of(ids);
        return marks.stream().filter(m -> wanted.contains(m.pathwayId())).toList();
    }

    private List<Long> generations(UUID... ids) {
        return jdbc.sql("SELECT generation FROM indicator_stale WHERE pathway_id = ANY(?)").param(ids)
                .query(Long.class).list();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
