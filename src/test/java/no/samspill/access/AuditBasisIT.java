package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import no.samspill.audit.AuditHash;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.plan.PlanDraft;
import no.samspill.plan.PlanVersion;
import no.samspill.plan.PublishPlanVersion;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.security.DemoAccounts;
import no.samspill.support.Browser;
import no.samspill.support.Http;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import no.samspill.web.Fmt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue #3 §4/§5: every access-log entry records the basis of its decision (the relationship, and the consent where one
 * lifted a restriction), hashed into the chain, shown to the security officer and, in plain words, to the patient.
 */
@IntegrationTest
@WithUserDetails("kari.koordinator")
class AuditBasisIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired PublishPlanVersion publishPlan;
    @Autowired GrantConsent grantConsent;
    @Autowired AccessLogs accessLogs;
    @Autowired Fmt fmt;
    @Autowired JdbcClient jdbc;

    record Logged(String username, String resourceType, String category, String action, boolean allowed, String basis,
                  UUID consentId, int hashVersion) {
    }

    @Test
    void eachEntryRecordsTheRelationshipAndTheConsentTheDecisionRestsOn() {
        Referral referral = registerReferral.register(Referrals.aReferral().employedByTheDemoLeader().build(),
                "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        UUID person = pathway.personId().value();
        PlanVersion plan = publishPlan.publish(pathway.id(), 0, new PlanDraft("Gradvis tilbake", List.of(), List.of(),
                null, List.of(), false), "kari.koordinator");
        Consent consent = grantConsent.grant(person, Party.EMPLOYER, DemoAccounts.LEADER_EMPLOYER,
                InformationCategory.WORK_FUNCTION, Purpose.FOLLOW_UP, null);

        assertThat(new Http(port, "kari.koordinator").get("/api/v1/pathways/" + pathway.id()).statusCode())
                .isEqualTo(200);
        Http leader = new Http(port, "lars.leder");
        assertThat(leader.get("/api/v1/pathways/" + pathway.id()).statusCode()).isEqualTo(200);
        HttpResponse<String> acknowledged = leader.send("POST",
                "/api/v1/plan-versions/" + plan.id() + "/acknowledgements", null);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        // Another clinic's coordinator: no relationship to the person.
        assertThat(new Http(port, "per.koordinator").get("/api/v1/pathways/" + pathway.id()).statusCode()).isEqualTo(404);

        List<Logged> entries = jdbc.sql("""
                SELECT username, resource_type, category, action, allowed, basis, consent_id, hash_version
                FROM audit_entry WHERE person_id = ? ORDER BY seq""").param(person)
                .query((rs, n) -> new Logged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getInt(8))).list();
        assertThat(entries).allSatisfy(e -> assertThat(e.hashVersion()).isEqualTo(AuditHash.CURRENT_VERSION));

        List<Logged> coordinator = by(entries, "kari.koordinator");
        assertThat(coordinator).isNotEmpty().allSatisfy(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.basis()).isEqualTo("CLINIC_PATHWAY");
            assertThat(e.consentId()).isNull();
        });

        List<Logged> nearestLeader = by(entries, "lars.leder");
        assertThat(nearestLeader).isNotEmpty().allSatisfy(e -> {
            assertThat(e.allowed()).as(e.toString()).isTrue();
            assertThat(e.basis()).isEqualTo("NEAREST_LEADER");
            // Work-function data only through the consent, and the entry names it; administrative data without one.
            assertThat(e.consentId()).as(e.toString())
                    .isEqualTo(e.category().equals("WORK_FUNCTION") ? consent.id() : null);
        });
        assertThat(nearestLeader).extracting(Logged::resourceType, Logged::action, Logged::consentId)
                .contains(org.assertj.core.groups.Tuple.tuple("Plan", "READ", consent.id()),
                        org.assertj.core.groups.Tuple.tuple("PlanAcknowledgement", "WRITE", consent.id()));

        List<Logged> unrelated = by(entries, "per.koordinator");
        assertThat(unrelated).isNotEmpty().allSatisfy(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.basis()).as("no relationship, no basis").isNull();
            assertThat(e.consentId()).isNull();
        });

        // The patient's log says in what capacity (here read by the clinic, which may see it); the security officer's
        // search shows the basis and the consent.
        List<String> sentences = accessLogs.whoHasLooked(person).stream()
                .filter(l -> l.entry().username().equals("lars.leder"))
                .map(l -> fmt.accessSentence(l.entry())).toList();
        assertThat(sentences).contains("endret bekreftelsen av oppfølgingsplanen "
                + "(arbeidsevne og tilrettelegging) som nærmeste leder, med ditt samtykke");
        String search = new Browser(port).logIn("sverre.sikkerhet").get("/tilgangslogg?username=lars.leder").body();
        assertThat(search).contains("Grunnlag", "Nærmeste leder, samtykke " + consent.id());
    }

    private static List<Logged> by(List<Logged> entries, String username) {
        return entries.stream().filter(e -> e.username().equals(username)).toList();
    }
}
