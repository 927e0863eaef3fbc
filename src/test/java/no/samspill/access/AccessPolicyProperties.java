package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the sharing rules over any relationships and consents. */
class AccessPolicyProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Property
    void theEmployerNeverReadsHealthData(@ForAll("relationships") List<Relationship> relationships,
                                         @ForAll("consents") List<Consent> consents, @ForAll boolean summary) {
        Viewer leader = new Viewer("lars", "Lars", "Leder", Party.EMPLOYER, "994000020", null, null, null);
        assertThat(AccessPolicy.decide(leader, relationships, consents, InformationCategory.HEALTH, Purpose.FOLLOW_UP,
                summary, TODAY).allowed()).isFalse();
    }

    @Property
    void withoutARelationshipNobodyButTheSystemReadsAnything(@ForAll("viewers") Viewer viewer,
                                                             @ForAll("consents") List<Consent> consents,
                                                             @ForAll InformationCategory category) {
        AccessDecision decision = AccessPolicy.decide(viewer, List.of(), consents, category, Purpose.FOLLOW_UP, false, TODAY);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.related()).isFalse();
    }

    @Property
    void withdrawingEveryConsentNeverWidensAccess(@ForAll("viewers") Viewer viewer,
                                                  @ForAll("relationships") List<Relationship> relationships,
                                                  @ForAll("consents") List<Consent> consents,
                                                  @ForAll InformationCategory category) {
        boolean withConsents = AccessPolicy.decide(viewer, relationships, consents, category, Purpose.FOLLOW_UP, false,
                TODAY).allowed();
        List<Consent> withdrawn = consents.stream().map(c -> new Consent(c.id(), c.personId(), c.recipient(),
                c.recipientOrganisation(), c.category(), c.purpose(), c.validFrom(), c.validUntil(), c.givenBy(),
                c.givenHow(), c.givenAt(), Instant.EPOCH, "pia")).toList();
        boolean without = AccessPolicy.decide(viewer, relationships, withdrawn, category, Purpose.FOLLOW_UP, false,
                TODAY).allowed();
        assertThat(!without || withConsents).isTrue();
    }

    @Provide
    Arbitrary<Viewer> viewers() {
        return Combinators.combine(Arbitraries.of(Party.values()), Arbitraries.of("994000020", "974000024", "974000008"),
                Arbitraries.of("lars", "nils", "kari")).as((party, org, user) ->
                new Viewer(user, user, "rolle", party, org, null, "565500001", "12858810262"));
    }

    @Provide
    Arbitrary<List<Relationship>> relationships() {
        Arbitrary<Relationship> one = Combinators.combine(Arbitraries.of(Party.values()),
                Arbitraries.of("994000020", "974000024", "974000008").injectNull(0.3),
                Arbitraries.of("lars", "565500001", "12858810262").injectNull(0.5))
                .as((party, org, ref) -> new Relationship(UUID.randomUUID(), party, org, ref, "test", TODAY.minusDays(5), null));
        return one.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Consent>> consents() {
        Arbitrary<Consent> one = Combinators.combine(Arbitraries.of(Party.values()),
                Arbitraries.of("994000020", "974000024").injectNull(0.5), Arbitraries.of(InformationCategory.values()))
                .as((party, org, category) -> new Consent(UUID.randomUUID(), UUID.randomUUID(), party, org, category,
                        Purpose.FOLLOW_UP, TODAY.minusDays(2), null, "pia", Consent.GivenHow.SELF, Instant.EPOCH, null, null));
        return one.list().ofMaxSize(6);
    }
}
