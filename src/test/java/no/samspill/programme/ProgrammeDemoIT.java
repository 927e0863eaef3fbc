package no.samspill.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.security.DemoAccounts;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo programme is made through the use cases and shows both shown and suppressed survey cells. */
@IntegrationTest
@TestPropertySource(properties = "samspill.demo.pathways=1")
class ProgrammeDemoIT {

    @Autowired
    ProgrammeQueries queries;

    @Test
    void theDemoHasCohortsInEveryStageAndSuppressedAndShownCells() {
        List<Cohort> cohorts = queries.cohorts();
        assertThat(cohorts).extracting(Cohort::name)
                .contains("Troms vinter 2025/26", "Troms høst 2026", "Troms vår 2027 (evaluering)");

        Cohort done = cohorts.stream().filter(c -> c.name().startsWith("Troms vinter")).findFirst().orElseThrow();
        CohortReport report = queries.report(done.id());
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.progress().completed()).isTrue());
        List<SurveyCell> after = report.rows().stream().map(r -> r.survey().get(SurveyWave.AFTER)).toList();
        assertThat(after).anyMatch(c -> !c.shown()).anyMatch(c -> c.shown() && c.n() >= 5);
        assertThat(report.sickLeaveByGroup().get("Alle").before()).isNotNull();
        assertThat(report.sickLeaveByGroup().get("Alle").after()).isNotNull();

        Cohort trial = cohorts.stream().filter(c -> c.name().contains("evaluering")).findFirst().orElseThrow();
        assertThat(queries.allocation(trial.id())).isPresent();
        long now = queries.workplacesIn(trial.id()).stream().filter(w -> w.arm() == Arm.NOW).count();
        assertThat(now).isEqualTo(3);

        Workplace fjordbyen = queries.workplaceOf(DemoAccounts.FJORDBYEN_SYKEHJEM).orElseThrow();
        RunView view = queries.view(queries.runOf(fjordbyen.id()).orElseThrow());
        assertThat(view.progress().phase()).isEqualTo(RunProgress.Phase.IA_PROCESS);
        assertThat(view.nextMaterial()).isNotEmpty();
    }
}
