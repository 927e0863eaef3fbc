package no.samspill.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of personal details. Every other module that shows a name, national ID number or employer asks here: this is
 * the seam where the access decision for person data sits.
 */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private final Persons persons;

    PersonDirectory(Persons persons) {
        this.persons = persons;
    }

    public Optional<Patient> patient(PersonId id) {
        return persons.byId(id);
    }

    public Map<PersonId, Patient> patients(Collection<PersonId> ids) {
        return persons.byIds(ids);
    }

    public Optional<Employment> employment(UUID employmentId) {
        return persons.employment(employmentId);
    }

    public List<Employment> employments(PersonId personId) {
        return persons.employmentsOf(personId);
    }
}
