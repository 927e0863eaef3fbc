package no.samspill.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records why a party has anything to do with a person. Modules call it when the relationship arises: a referral
 * ties the clinic and the referring GP; an employment ties the employer (and the nearest leader); a patient record ties
 * the person themself; the clinic adds NAV to the team.
 */
@Service
public class Relationships {

    private final AccessRecords records;
    private final Clock clock;

    Relationships(AccessRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void link(UUID personId, Party party, String organisationNumber, String userRef, String basis, String actor) {
        records.link(new Relationship(personId, party, organisationNumber, userRef, basis, LocalDate.now(clock), null),
                actor, clock.instant());
    }

    /**
     * Replaces a party's relationship at an organisation with one to another user there (a new nearest leader): the
     * earlier user's relationship ends yesterday, so it no longer counts from today's next request.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void relink(UUID personId, Party party, String organisationNumber, String userRef, String basis, String actor) {
        records.end(personId, party, organisationNumber, LocalDate.now(clock).minusDays(1));
        link(personId, party, organisationNumber, userRef, basis, actor);
    }

    @Transactional(readOnly = true)
    public List<Relationship> of(UUID personId) {
        return records.relationshipsOf(personId);
    }

    /** The persons the current viewer is related to through their party (e.g. a nearest leader's employees). */
    @Transactional(readOnly = true)
    public List<UUID> personsRelatedTo(Viewer viewer, int limit) {
        if (viewer.party() == null) {
            return List.of();
        }
        return switch (viewer.party()) {
            case EMPLOYER -> employees(viewer, limit);
            case NAV, CLINIC -> viewer.organisationNumber() == null ? List.of()
                    : records.personsRelatedTo(viewer.party(), viewer.organisationNumber(), null, LocalDate.now(clock),
                    limit);
            case GP -> byUserRef(Party.GP, viewer.hprNumber(), limit);
            case PATIENT -> byUserRef(Party.PATIENT, viewer.nationalId(), limit);
            default -> List.of();
        };
    }

    /**
     * Persons tied to this user of the party (a GP by HPR number, a patient by national ID number). Without the
     * identifier there is nobody: as in {@link Relationship#covers}, a missing reference matches no relationship.
     */
    private List<UUID> byUserRef(Party party, String userRef, int limit) {
        if (userRef == null) {
            return List.of();
        }
        return records.personsRelatedTo(party, null, List.of(userRef), LocalDate.now(clock), limit);
    }

    /** A nearest leader's employees: where they are named, by user name or by the national ID of their log-in. */
    private List<UUID> employees(Viewer viewer, int limit) {
        if (viewer.username() == null || viewer.organisationNumber() == null) {
            return List.of();
        }
        List<String> userRefs = viewer.nationalId() == null ? List.of(viewer.username())
                : List.of(viewer.username(), viewer.nationalId());
        return records.personsRelatedTo(Party.EMPLOYER, viewer.organisationNumber(), userRefs, LocalDate.now(clock),
                limit);
    }
}
