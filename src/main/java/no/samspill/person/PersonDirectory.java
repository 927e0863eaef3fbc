package no.samspill.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.access.DeidentifiedExport;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.identifiers.NationalIdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of personal details. Every module that shows a name, national ID number or employer asks here, and every
 * read passes the access decision: one person is allowed or refused (logged either way); in a list, persons the viewer
 * may not see are left out.
 */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private final Persons persons;
    private final PersonDataAccess access;

    PersonDirectory(Persons persons, PersonDataAccess access) {
        this.persons = persons;
        this.access = access;
    }

    public Optional<Patient> patient(PersonId id) {
        Optional<Patient> patient = persons.byId(id);
        patient.ifPresent(p -> access.requireRead(id.value(), InformationCategory.ADMIN, "Patient", id.value()));
        return patient;
    }

    /**
     * The patients of a list, without those the viewer may not see. Joins the caller's transaction if there is one;
     * otherwise its two reads share a connection without a transaction (see {@code pathway.Worklist}).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<PersonId, Patient> patients(Collection<PersonId> ids) {
        Set<UUID> readable = access.readable(ids.stream().map(PersonId::value).toList(), InformationCategory.ADMIN,
                "Patient");
        return persons.byIds(ids.stream().filter(id -> readable.contains(id.value())).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * For a de-identified bulk export (the grant is the access decision): only the birth year of each person, which is
     * all of the person record such an export may carry.
     */
    @Transactional(readOnly = true)
    public Map<PersonId, Integer> birthYearsForExport(DeidentifiedExport grant, Collection<PersonId> ids) {
        DeidentifiedExport.require(grant);
        return persons.byIds(ids).values().stream().collect(Collectors.toMap(Patient::id,
                p -> p.nationalId().birthDate().getYear()));
    }

    public Optional<Employment> employment(UUID employmentId) {
        Optional<Employment> employment = persons.employment(employmentId);
        employment.ifPresent(e -> access.requireRead(e.personId().value(), InformationCategory.ADMIN, "Employment",
                employmentId));
        return employment;
    }

    public List<Employment> employments(PersonId personId) {
        access.requireRead(personId.value(), InformationCategory.ADMIN, "Employment", null);
        return persons.employmentsOf(personId);
    }

    /**
     * For a search whose every hit then passes the access decision before anything is shown (the coordinator's
     * pathway list): the ids of persons each of whose name parts begins a given or family name (case ignored), at most
     * {@code limit}. Ids only, no personal details.
     */
    public List<PersonId> idsWithNamesBeginning(List<String> nameParts, int limit) {
        return persons.idsWithNamesBeginning(nameParts, limit);
    }

    /** The person a logged-in patient is, by the national ID number of their log-in. */
    public Optional<PersonId> idOf(NationalIdNumber nationalId) {
        return persons.idOf(nationalId);
    }

    /** A security officer looks up a person by national ID number to control the access log. */
    public Optional<PersonId> idForAuditControl(NationalIdNumber nationalId) {
        Optional<PersonId> id = persons.idOf(nationalId);
        id.ifPresent(p -> access.requireAuditControl(p.value()));
        return id;
    }
}
