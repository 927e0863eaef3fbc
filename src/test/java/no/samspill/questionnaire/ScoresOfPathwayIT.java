package no.samspill.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.instrument.InstrumentRef;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.platform.AdjustableClock;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The indicators' lean read of a pathway's scores gives the same measures and outcome as the full one. */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class ScoresOfPathwayIT {

    static final String URL = "https://samspill.no/fhir/Questionnaire/";

    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired RecordResponse recordResponse;
    @Autowired QuestionnaireQueries queries;

    @Test
    void theLeanReadGivesTheSameMeasuresAndOutcomeAsTheFullOne() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        // PHQ-9 totals 18, 14, (incomplete), 9, 5 and GAD-7 12, 6 on successive days; the incomplete one is the latest
        // PHQ-9 of a day in between, never a trajectory point.
        int day = 0;
        for (int level : new int[] {2, 2, -1, 1, 1}) {
            record(pathway, referral, "phq-9", "phq9-", 9, level, day++);
        }
        record(pathway, referral, "gad-7", "gad7-", 7, 2, day++);
        record(pathway, referral, "gad-7", "gad7-", 7, 1, day++);
        record(pathway, referral, "phq-9", "phq9-", 9, -1, day);   // the latest PHQ-9 is incomplete

        PathwayQuestionnaires full = queries.ofPathway(pathway.id(), referral.personId());
        PathwayQuestionnaires lean = queries.scoresOfPathway(pathway.id(), referral.personId());

        assertThat(lean.outcome()).isEqualTo(full.outcome()).isNotNull();
        assertThat(lean.measures()).hasSameSizeAs(full.measures()).hasSize(2);
        for (PathwayQuestionnaires.Measure m : full.measures()) {
            PathwayQuestionnaires.Measure l = lean.measures().stream()
                    .filter(x -> x.instrument().id().equals(m.instrument().id())).findFirst().orElseThrow();
            assertThat(l.trajectory().first()).isEqualTo(m.trajectory().first());
            assertThat(l.trajectory().last()).isEqualTo(m.trajectory().last());
            assertThat(l.trajectory().change()).isEqualTo(m.trajectory().change());
            assertThat(l.latest()).isEqualTo(m.latest());
            assertThat(l.changeWords()).isEqualTo(m.changeWords());
        }
        assertThat(full.measures().stream().filter(m -> m.instrument().id().equals("phq-9")).findFirst().orElseThrow()
                .trajectory().points()).hasSize(4);
        // The lean read fetched only the ends: PHQ-9's first and last complete and its latest (incomplete) score, and
        // GAD-7's two.
        assertThat(lean.scores()).hasSize(5);
        assertThat(lean.measures().stream().filter(m -> m.instrument().id().equals("phq-9")).findFirst().orElseThrow()
                .trajectory().points()).hasSize(2);
    }

    /** Every item at {@code level}; a negative level leaves the last item unanswered (an incomplete score). */
    private void record(Pathway pathway, Referral referral, String instrument, String prefix, int items, int level,
                        int day) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= items; i++) {
            if (level >= 0 || i < items) {
                answers.put(prefix + i, Integer.toString(Math.max(level, 1)));
            }
        }
        Instant at = TestClock.TODAY.plusDays(day).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Oslo")).toInstant();
        AdjustableClock.at(at, () -> recordResponse.record(referral.personId(), List.of(pathway.id()),
                new InstrumentRef(URL + instrument, "1.0.0"), answers, "kari.koordinator"));
    }
}
