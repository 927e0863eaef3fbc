package no.samspill.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.samspill.identifiers.Sex;
import no.samspill.identifiers.SyntheticNationalIds;
import no.samspill.security.CurrentUser;
import no.samspill.security.Role;
import no.samspill.support.AsUser;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A nearest leader's employees are the persons where the leader is named at their employer, by user name or by the
 * national ID number of their log-in; a relationship at another employer, to another leader or one that has ended does
 * not count.
 */
@IntegrationTest
class RelationshipsIT {

    static final String EMPLOYER = "974760673";
    static final String OTHER_EMPLOYER = "889640782";

    @Autowired Relationships relationships;
    @Autowired PersonDataAccess access;
    @Autowired TransactionTemplate tx;

    @Test
    void aLeadersEmployeesAreFoundByUserNameAndByNationalIdInOneList() {
        String suffix = Long.toString(Math.abs(new Random().nextLong()), 36);
        String username = "leder-" + suffix;
        String nationalId = SyntheticNationalIds.generate(LocalDate.of(1975, 3, 9), Sex.MALE, new Random()).value();
        UUID byName = UUID.randomUUID();
        UUID byNationalId = UUID.randomUUID();
        UUID byBoth = UUID.randomUUID();
        UUID atAnotherEmployer = UUID.randomUUID();
        UUID anotherLeaders = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        access.asSystem(() -> tx.executeWithoutResult(s -> {
            link(byName, EMPLOYER, username);
            link(byNationalId, EMPLOYER, nationalId);
            link(byBoth, EMPLOYER, username);
            link(byBoth, EMPLOYER, nationalId);
            link(atAnotherEmployer, OTHER_EMPLOYER, username);
            link(anotherLeaders, EMPLOYER, "annen-leder-" + suffix);
            link(ended, EMPLOYER, nationalId);
            relationships.relink(ended, Party.EMPLOYER, EMPLOYER, "ny-leder-" + suffix, "Nærmeste leder", "test");
        }));

        List<UUID> withNationalId = AsUser.as(new CurrentUser(username, "Leder", Role.NEAREST_LEADER, EMPLOYER,
                "Arbeidsgiver AS", null, nationalId), () -> relationships.personsRelatedTo(access.viewer(), 100));
        assertThat(withNationalId).containsExactlyInAnyOrder(byName, byNationalId, byBoth);

        List<UUID> byUserNameOnly = AsUser.as(new CurrentUser(username, "Leder", Role.NEAREST_LEADER, EMPLOYER,
                "Arbeidsgiver AS"), () -> relationships.personsRelatedTo(access.viewer(), 100));
        assertThat(byUserNameOnly).containsExactlyInAnyOrder(byName, byBoth);

        List<UUID> limited = AsUser.as(new CurrentUser(username, "Leder", Role.NEAREST_LEADER, EMPLOYER,
                "Arbeidsgiver AS", null, nationalId), () -> relationships.personsRelatedTo(access.viewer(), 2));
        assertThat(limited).hasSize(2).doesNotHaveDuplicates().isSubsetOf(byName, byNationalId, byBoth);
    }

    @Test
    void aGpOrPatientWithoutTheirIdentifierIsRelatedToNobody() {
        UUID person = UUID.randomUUID();
        access.asSystem(() -> tx.executeWithoutResult(s -> {
            relationships.link(person, Party.GP, null, "565500009", "Henviser", "test");
            relationships.link(person, Party.PATIENT, null, null, "Egen pasient", "test");
        }));
        assertThat(AsUser.as(new CurrentUser("fastlege-uten-hpr", "Fastlege", Role.GP, "974760673", "Legekontor"),
                () -> relationships.personsRelatedTo(access.viewer(), 100))).isEmpty();
        assertThat(AsUser.as(new CurrentUser("pasient-uten-id", "Pasient", Role.PATIENT, null, null),
                () -> relationships.personsRelatedTo(access.viewer(), 100))).isEmpty();
        assertThat(AsUser.as(new CurrentUser("fastlege", "Fastlege", Role.GP, "974760673", "Legekontor", "565500009",
                null), () -> relationships.personsRelatedTo(access.viewer(), 100))).contains(person);
    }

    private void link(UUID person, String employer, String userRef) {
        relationships.link(person, Party.EMPLOYER, employer, userRef, "Nærmeste leder", "test");
    }
}
