package no.samspill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import no.samspill.access.PersonDataAccess;
import no.samspill.indicator.Figure;
import no.samspill.indicator.Grouping;
import no.samspill.indicator.IndicatorFilter;
import no.samspill.indicator.IndicatorQueries;
import no.samspill.indicator.IndicatorReport;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo clinic, made through the use cases, gives the analyst figures that are large enough to show. Runs in a
 * context (and database) of its own: its 80 pathways would otherwise fill the shared coordinators' worklists.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.application.name=samspill-demo-indicators")
class DemoIndicatorsIT {

    @Autowired DemoData.Services services;
    @Autowired PersonDataAccess access;
    @Autowired Clock clock;
    @Autowired IndicatorQueries indicators;
    @Autowired no.samspill.indicator.RefreshPathwayIndicators refresh;

    @Test
    void theDemoClinicProducesUnsuppressedIndicators() {
        DemoData data = new DemoData(services, 20261124L, clock);
        for (int i = 1; i <= 80; i++) {
            int index = i;
            access.asSystem(() -> data.createPathway(index));
        }
        refresh.refreshAllStale();
        IndicatorReport report = indicators.report(IndicatorFilter.lastYear(YearMonth.now(clock)), Grouping.TOTAL);
        Figure decision = report.series("decision-within-10-working-days").total();
        assertThat(decision.n()).isGreaterThanOrEqualTo(50);
        assertThat(decision.valueSuppressed()).isFalse();
        assertThat(decision.value()).isBetween(50.0, 100.0);
        Figure days = report.series("decision-days-median").total();
        assertThat(days.value()).isBetween(2.0, 30.0);
        Figure plan = report.series("follow-up-plan-by-week-4").total();
        assertThat(plan.n()).isGreaterThanOrEqualTo(5);
        // Baseline and follow-up questionnaires (typed in from paper): the outcome indicators have figures.
        Figure improvement = report.series("reliable-improvement").total();
        assertThat(improvement.n()).isGreaterThanOrEqualTo(5);
        assertThat(report.series("was-change-mean").total().n()).isGreaterThanOrEqualTo(5);
        Figure work = report.series("work-status-3-months").total();
        assertThat(work.nSuppressed() || work.n() > 0).isTrue();
    }
}
