package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who a research extract may include: the rules of docs/research-extract.md, worked through. */
class ResearchInclusionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Viewer ANALYST = new Viewer("anna.analytiker", "Anna", "Analytiker", Party.ANALYST, null, null, null,
            null);
    static final UUID PERSON = UUID.randomUUID();

    static Consent research(Instant withdrawnAt) {
        return new Consent(UUID.randomUUID(), PERSON, Party.ANALYST, null, InformationCategory.HEALTH, Purpose.RESEARCH,
                TODAY.minusMonths(2), null, "pia.pasient", Consent.GivenHow.SELF, Instant.parse("2026-09-01T10:00:00Z"),
                withdrawnAt, withdrawnAt == null ? null : "pia.pasient");
    }

    static Consent navHealth() {
        return new Consent(UUID.randomUUID(), PERSON, Party.NAV, null, InformationCategory.HEALTH, Purpose.FOLLOW_UP,
                TODAY.minusMonths(2), null, "pia.pasient", Consent.GivenHow.SELF, Instant.parse("2026-09-01T10:00:00Z"),
                null, null);
    }

    @Test
    void consentProjectIncludesOnlyPersonsWithAnActiveResearchConsent() {
        Consent consent = research(null);
        AccessDecision with = AccessPolicy.decideResearch(ANALYST, ResearchBasis.CONSENT, List.of(consent), false, TODAY);
        assertThat(with.allowed()).isTrue();
        assertThat(with.consentId()).isEqualTo(consent.id());
        assertThat(AccessPolicy.decideResearch(ANALYST, ResearchBasis.CONSENT, List.of(), false, TODAY).allowed()).isFalse();
        // A consent for another purpose does not count.
        assertThat(AccessPolicy.decideResearch(ANALYST, ResearchBasis.CONSENT, List.of(navHealth()), false, TODAY)
                .allowed()).isFalse();
    }

    @Test
    void aWithdrawnConsentExcludesUnderBothBases() {
        List<Consent> withdrawn = List.of(research(Instant.parse("2026-11-01T10:00:00Z")));
        AccessDecision consentBasis = AccessPolicy.decideResearch(ANALYST, ResearchBasis.CONSENT, withdrawn, false, TODAY);
        assertThat(consentBasis.allowed()).isFalse();
        assertThat(consentBasis.reason()).contains("trukket");
        assertThat(AccessPolicy.decideResearch(ANALYST, ResearchBasis.EXEMPTION, withdrawn, false, TODAY).allowed())
                .isFalse();
        // Consenting again counts again.
        assertThat(AccessPolicy.decideResearch(ANALYST, ResearchBasis.CONSENT,
                List.of(research(Instant.parse("2026-11-01T10:00:00Z")), research(null)), false, TODAY).allowed()).isTrue();
    }

    @Test
    void anExemptionIncludesEveryoneExceptThoseWhoObjected() {
        assertThat(AccessPolicy.decideResearch(ANALYST, ResearchBasis.EXEMPTION, List.of(), false, TODAY).allowed())
                .isTrue();
        AccessDecision objected = AccessPolicy.decideResearch(ANALYST, ResearchBasis.EXEMPTION, List.of(), true, TODAY);
        assertThat(objected.allowed()).isFalse();
        assertThat(objected.reason()).contains("reservert");
    }

    @Test
    void onlyTheAnalystRunsExtracts() {
        for (Party party : Party.values()) {
            if (party == Party.ANALYST) {
                continue;
            }
            Viewer other = new Viewer("x", "X", "X", party, null, null, null, null);
            assertThat(AccessPolicy.decideResearch(other, ResearchBasis.EXEMPTION, List.of(research(null)), false, TODAY)
                    .allowed()).as(party.name()).isFalse();
        }
        assertThat(AccessPolicy.decideResearch(Viewer.SYSTEM, ResearchBasis.EXEMPTION, List.of(), false, TODAY)
                .allowed()).isFalse();
    }
}
