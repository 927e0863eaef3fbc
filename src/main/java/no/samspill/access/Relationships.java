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
            case EMPLOYER -> records.personsRelatedTo(Party.EMPLOYER, viewer.organisationNumber(), viewer.username(),
                    LocalDate.now(clock), limit);
            case NAV, CLINIC -> records.personsRelatedTo(viewer.party(), viewer.organisationNumber(), null,
                    LocalDate.now(clock), limit);
            case GP -> records.personsRelatedTo(Party.GP, null, viewer.hprNumber(), LocalDate.now(clock), limit);
            case PATIENT -> records.personsRelatedTo(Party.PATIENT, null, viewer.nationalId(), LocalDate.now(clock), limit);
            default -> List.of();
        };
    }
}
