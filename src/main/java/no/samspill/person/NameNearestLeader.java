package no.samspill.person;

import java.time.Clock;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Relationships;
import no.samspill.history.ChangeLog;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic names the nearest leader of an employment, or names another one: from then on that leader, and only that
 * leader, is related to the employee (an earlier leader loses access at once). A stale version is refused.
 */
@Service
public class NameNearestLeader {

    private final Persons persons;
    private final Relationships relationships;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final Clock clock;

    NameNearestLeader(Persons persons, Relationships relationships, PersonDataAccess access, ChangeLog changeLog,
                      Clock clock) {
        this.persons = persons;
        this.relationships = relationships;
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Transactional
    public Employment name(UUID employmentId, int version, NearestLeader leader, String actor) {
        Employment employment = persons.employment(employmentId).orElseThrow(() -> new NotFoundException("Arbeidsforholdet"));
        access.requireWrite(employment.personId().value(), InformationCategory.ADMIN, "Employment", employmentId);
        if (!persons.nameLeader(employmentId, version, leader.value())) {
            throw new ConcurrentChangeException("Arbeidsforholdet");
        }
        relationships.relink(employment.personId().value(), Party.EMPLOYER, employment.employer().value(),
                leader.value(), "Arbeidsforhold hos " + employment.employerName(), actor);
        changeLog.record(ChangeLog.change(employment.personId().value(), "EMPLOYMENT", employmentId,
                employment.leaderNamed() ? "Ny nærmeste leder registrert" : "Nærmeste leder registrert", actor,
                clock.instant(), employment.employerName(), InformationCategory.ADMIN));
        return persons.employment(employmentId).orElseThrow();
    }
}
