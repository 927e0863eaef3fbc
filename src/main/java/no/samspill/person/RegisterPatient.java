package no.samspill.person;

import java.time.Clock;
import java.util.UUID;
import no.samspill.access.Party;
import no.samspill.access.Relationships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a patient, or brings the contact details of an already known patient (same national ID number) up to date,
 * and records the employment given with a referral. Both create the relationships the access decision rests on: the
 * person to themself, and the employer (the nearest leader, when known) to their employee.
 */
@Service
public class RegisterPatient {

    private final Persons persons;
    private final Relationships relationships;
    private final Clock clock;

    RegisterPatient(Persons persons, Relationships relationships, Clock clock) {
        this.persons = persons;
        this.relationships = relationships;
        this.clock = clock;
    }

    @Transactional
    public Patient register(PatientDetails details, String actor) {
        Patient patient = persons.byNationalId(details.nationalId())
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
        relationships.link(patient.id().value(), Party.PATIENT, null, patient.nationalId().value(), "Egne opplysninger",
                actor);
        return patient;
    }

    @Transactional
    public Employment addEmployment(PersonId personId, EmploymentDetails details, String actor) {
        Employment employment = new Employment(UUID.randomUUID(), personId, details.employer(), details.employerName(),
                details.occupation(), details.leaderName(), details.leaderPhone(), details.leaderEmail(),
                blankToNull(details.leaderUsername()), 0);
        persons.insert(employment, clock.instant());
        relationships.link(personId.value(), Party.EMPLOYER, details.employer().value(), employment.leaderUsername(),
                "Arbeidsforhold hos " + details.employerName(), actor);
        return employment;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
