package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.samspill.audit.AuditQueries;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.Referral;
import no.samspill.referral.RegisterReferral;
import no.samspill.support.Browser;
import no.samspill.support.IntegrationTest;
import no.samspill.support.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AccessLoggingIT {

    @LocalServerPort int port;
    @Autowired RegisterReferral registerReferral;
    @Autowired PathwayQueries pathways;
    @Autowired AuditQueries audit;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired no.samspill.sickleave.RegisterSickLeavePeriod registerSickLeave;
    @Autowired PersonDataAccess access;
    @Autowired no.samspill.pathway.AddTask addTask;

    @Test
    @WithUserDetails("kari.koordinator")
    void aReadIsLoggedEvenWhenWhatFollowsFailsAndRollsBack() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        int before = audit.search("kari.koordinator", referral.personId().value(), null, null, null, 1000).size();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            pathways.byId(pathway.id());
            throw new IllegalStateException("the page failed after reading");
        })).hasMessageContaining("page failed");

        int after = audit.search("kari.koordinator", referral.personId().value(), null, null, null, 1000).size();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("kari.koordinator")
    void theChangeHistoryIsLoggedInTheCategoriesOfTheChangesShown() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        java.util.UUID person = referral.personId().value();
        registerSickLeave.register(referral.personId(), java.time.LocalDate.of(2026, 11, 1),
                java.time.LocalDate.of(2026, 12, 31), 100, "kari.koordinator");
        java.util.List<String> shownCategories = jdbc.sql(
                "SELECT DISTINCT category FROM change_record WHERE person_id = ? AND category <> 'ADMIN'")
                .param(person).query(String.class).list();
        assertThat(shownCategories).as("the sick-leave period is work-function data in the history").isNotEmpty();

        assertThat(new Browser(port).logIn("kari.koordinator").get("/forlop/" + pathway.id()).statusCode())
                .isEqualTo(200);

        var historyReads = audit.search("kari.koordinator", person, null, null, true, 200).stream()
                .filter(e -> "History".equals(e.entry().resourceType())).map(e -> e.entry().category()).toList();
        assertThat(historyReads).contains("ADMIN").containsAll(shownCategories);
    }

    @Test
    @WithUserDetails("kari.koordinator")
    void aDeniedReadIsLoggedAsDenied() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        Browser other = new Browser(port).logIn("per.koordinator");
        assertThat(other.get("/forlop/" + pathway.id()).statusCode()).isEqualTo(404);
        assertThat(audit.search("per.koordinator", referral.personId().value(), null, null, false, 10))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.entry().allowed()).isFalse());
    }

    @Test
    @WithUserDetails("kari.koordinator")
    void aListReadIsOneEntryThatTheListedPatientFinds() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        Browser coordinator = new Browser(port).logIn("kari.koordinator");
        assertThat(coordinator.get("/henvisninger").statusCode()).isEqualTo(200);

        var entries = audit.search("kari.koordinator", referral.personId().value(), null, null, true, 50);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.entry().personId()).isNull();
            assertThat(e.entry().listedPersons()).contains(referral.personId().value());
            assertThat(e.entry().reason()).startsWith("Liste med");
        });
    }

    @Test
    @WithUserDetails("kari.koordinator")
    void aWriteEntryCommitsAndRollsBackWithTheChange() {
        Referral referral = registerReferral.register(Referrals.aReferral().build(), "kari.koordinator");
        java.util.UUID person = referral.personId().value();
        java.util.function.Supplier<Long> writes = () -> audit.search("kari.koordinator", person, null, null, null, 1000)
                .stream().filter(e -> e.entry().action() == no.samspill.audit.AuditEntry.Action.WRITE
                        && "RolledBack".equals(e.entry().resourceType())).count();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            access.requireWrite(person, InformationCategory.ADMIN, "RolledBack", null);
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("change failed");
        assertThat(writes.get()).isZero();

        transactions.executeWithoutResult(status -> access.requireWrite(person, InformationCategory.ADMIN, "RolledBack", null));
        assertThat(writes.get()).isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("kari.koordinator")
    void theLeadersOwnTasksAreAListReadTheListedPatientFinds() {
        Referral referral = registerReferral.register(Referrals.forTheDemoPatient(), "kari.koordinator");
        Pathway pathway = pathways.byReferral(referral.id()).orElseThrow();
        addTask.add(pathway.id(), "Avklar arbeidsoppgaver", "lars.leder", java.time.LocalDate.of(2026, 11, 25),
                "kari.koordinator");
        Browser leader = new Browser(port).logIn("lars.leder");
        assertThat(leader.get("/mine-oppgaver").statusCode()).isEqualTo(200);

        var entries = audit.search("lars.leder", referral.personId().value(), null, null, true, 50);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.entry().personId()).isNull();
            assertThat(e.entry().listedPersons()).contains(referral.personId().value());
        });
        // Reading the tasks themselves (with their versions) is logged for the person too.
        assertThat(entries).anySatisfy(e -> assertThat(e.entry().personId()).isEqualTo(referral.personId().value()));
    }

    @Test
    void everyChainSendsTheSameSecurityHeaders() {
        Browser browser = new Browser(port);
        for (String path : new String[] {"/login", "/skjema/ukjent-lenke", "/undersokelse/ukjent-lenke"}) {
            var headers = browser.get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(no.samspill.security.SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void repeatedFailedLogInsForOneUserNameAreThrottled() {
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            var response = browser.get("/login");
            String token = response.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            browser.postWithToken("/login", Map.of("username", "gjetter.bruker", "password", "feil"), token);
        }
        String token = browser.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var blocked = browser.postWithToken("/login", Map.of("username", "gjetter.bruker", "password", "feil"), token);
        assertThat(blocked.headers().firstValue("Location").orElse("")).contains("sperret");
    }
}
