package no.samspill.person;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a patient, or brings the contact details of an already known patient (same national ID number) up to date,
 * and records the employment given with a referral.
 */
@Service
public class RegisterPatient {

    private final Persons persons;
    private final Clock clock;

    RegisterPatient(Persons persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    @Transactional
    public Patient register(PatientDetails details) {
        return persons.byNationalId(details.nationalId())
                .map(known -> {
                    Patient updated = new Patient(known.id(), known.nationalId(), details.givenName(),
                            details.familyName(), details.phone(), details.email());
                    persons.updateContact(updated);
                    return updated;
                })
                .orElseGet(() -> {
                    Patient created = new Patient(PersonId.random(), details.nationalId(), details.givenName(),
                            details.familyName(), details.phone(), details.email());
                    persons.insert(created, clock.instant());
                    return created;
                });
    }

    @Transactional
    public Employment addEmployment(PersonId personId, EmploymentDetails details) {
        Employment employment = new Employment(UUID.randomUUID(), personId, details.employer(), details.employerName(),
                details.occupation(), details.leaderName(), details.leaderPhone(), details.leaderEmail());
        persons.insert(employment, clock.instant());
        return employment;
    }
}
