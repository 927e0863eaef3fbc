package no.samspill.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The interdisciplinary assessment on PostgreSQL: recorded with the three work questions, revised with a version
 * check, and summarised for the GP — the work questions always in the summary, the health part never.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class AssessmentIT {

    static final LocalDate TODAY = TestClock.TODAY;

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired RecordAssessment record;
    @Autowired AssessmentQueries assessments;

    Pathway pathway;
    String marker;

    @BeforeEach
    void aPathwayOfTheDemoGpsPatient() {
        marker = "HELSEMARKOR-" + Long.toString(Math.abs(new Random().nextLong()), 36).replaceAll("[0-9]", "")
                .toUpperCase();
        Referral referral = registerReferral.register(Referrals.aReferral().byTheDemoGp().employedByTheDemoLeader().build(),
                "kari.koordinator");
        pathway = pathways.byReferral(referral.id()).orElseThrow();
    }

    Assessment.WorkAssessment work(Boolean hasJob, Assessment.AbleToWork able, Assessment.WorkBenefit benefit) {
        return new Assessment.WorkAssessment(null, "Kan løfte lett", "Ingen tunge løft", "Bakerarbeid", "Høy", true,
                false, true, "Uenighet om turnus", hasJob, able, benefit, "Gradert tilbake med tilrettelegging",
                Set.of(Assessment.NextStep.WORK_FOCUSED_CBT, Assessment.NextStep.NAV_MEASURES));
    }

    @Test
    void theGpSummaryAlwaysHasTheThreeWorkQuestionsAndNeverTheHealthPart() {
        record.record(pathway.id(), null, marker + " søvnvansker",
                work(true, Assessment.AbleToWork.WITH_ADJUSTMENTS, Assessment.WorkBenefit.YES), null, TODAY,
                "kari.koordinator");
        Assessment saved = assessments.full(pathway.id()).orElseThrow();
        assertThat(saved.health()).isEqualTo(marker + " søvnvansker");
        assertThat(saved.work().ableToWork()).isEqualTo(Assessment.AbleToWork.WITH_ADJUSTMENTS);
        assertThat(saved.work().nextSteps()).containsExactlyInAnyOrder(Assessment.NextStep.WORK_FOCUSED_CBT,
                Assessment.NextStep.NAV_MEASURES);

        // No summary text written: the summary still answers the three work questions.
        Browser gp = new Browser(port).logIn("gunnar.fastlege");
        var summary = gp.get("/forlop/" + pathway.id() + "/epikrise");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("De tre arbeidsspørsmålene", "Har personen en jobb?", "Kan personen jobbe?",
                "Ja, med tilrettelegging", "Vil arbeid være bra for helsen?", "Ikke skrevet.",
                "Gradert tilbake med tilrettelegging", "Arbeidsfokusert kognitiv terapi").doesNotContain(marker);
        assertThat(assessments.gpSummary(pathway.id()).orElseThrow().work().workBenefitsHealth())
                .isEqualTo(Assessment.WorkBenefit.YES);

        // The nearest leader never gets the summary (health data) nor the assessment section.
        Browser leader = new Browser(port).logIn("lars.leder");
        assertThat(leader.get("/forlop/" + pathway.id() + "/epikrise").statusCode()).isEqualTo(403);
        assertThat(leader.get("/forlop/" + pathway.id() + "/kartlegging").body()).doesNotContain(marker,
                "Kan løfte lett");
    }

    @Test
    void theWorkQuestionsMustBeAnsweredAndARevisionNeedsTheCurrentVersion() {
        assertThatThrownBy(() -> record.record(pathway.id(), null, "Helse", work(null, null, null), null, TODAY,
                "kari.koordinator")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.FieldProblem::field)
                .contains("hasJob", "ableToWork", "workBenefitsHealth"));
        assertThat(assessments.full(pathway.id())).isEmpty();

        Assessment first = record.record(pathway.id(), null, "Helse", work(true, Assessment.AbleToWork.NOT_NOW,
                Assessment.WorkBenefit.UNCERTAIN), "Sammendrag til fastlegen", TODAY, "kari.koordinator");
        Assessment revised = record.record(pathway.id(), first.version(), "Helse revidert", work(true,
                Assessment.AbleToWork.NOW, Assessment.WorkBenefit.YES), "Sammendrag revidert", TODAY, "lise.kliniker");
        assertThat(revised.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> record.record(pathway.id(), first.version(), "Helse på nytt", work(true,
                Assessment.AbleToWork.NOT_NOW, Assessment.WorkBenefit.NO), null, TODAY, "kari.koordinator"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(assessments.gpSummary(pathway.id()).orElseThrow().summary()).isEqualTo("Sammendrag revidert");
        assertThat(new Browser(port).logIn("gunnar.fastlege").get("/forlop/" + pathway.id() + "/epikrise").body())
                .contains("Sammendrag revidert", "Ja, nå");
    }
}
