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
            case NAV, CLINIC -> records.personsRelatedTo(viewer.party(), viewer.organisationNumber(), null,
                    LocalDate.now(clock), limit);
            case GP -> records.personsRelatedTo(Party.GP, null, userRef(viewer.hprNumber()), LocalDate.now(clock), limit);
            case PATIENT -> records.personsRelatedTo(Party.PATIENT, null, userRef(viewer.nationalId()),
                    LocalDate.now(clock), limit);
            default -> List.of();
        };
    }

    /** One user reference to match, or none (null: then any user's relationship of the party matches). */
    private static List<String> userRef(String ref) {
        return ref == null ? null : List.of(ref);
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
