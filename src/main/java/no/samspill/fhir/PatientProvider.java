package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Relationships;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/** Patient: read through {@link PersonDirectory}; search by identifier, or the persons the user is related to. */
@Component
class PatientProvider implements IResourceProvider {

    static final int RELATED_LIMIT = 500;

    private final PersonDirectory persons;
    private final Relationships relationships;
    private final PersonDataAccess access;

    PatientProvider(PersonDirectory persons, Relationships relationships, PersonDataAccess access) {
        this.persons = persons;
        this.relationships = relationships;
        this.access = access;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        PersonId person = new PersonId(FhirIds.uuidOrNotFound(id));
        return persons.patient(person).map(FhirMapping::patient).orElseThrow(() -> FhirIds.notFound(id));
    }

    /** Without parameters: the persons the user is related to (their patients, their employees, themself). */
    @Search
    public List<Patient> search(@OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                @OptionalParam(name = "_id") TokenParam id,
            @Offset Integer offset, @Count Integer count) {
        List<PersonId> candidates;
        if (identifier != null) {
            candidates = byIdentifier(identifier).stream().toList();
        } else if (id != null) {
            candidates = FhirIds.uuid(id.getValue()).map(PersonId::new).stream().toList();
        } else {
            candidates = relationships.personsRelatedTo(access.viewer(), RELATED_LIMIT).stream().map(PersonId::new)
                    .toList();
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<PersonId, no.samspill.person.Patient> visible = persons.patients(candidates);
        return Searches.page(candidates.stream().map(visible::get).filter(java.util.Objects::nonNull)
                .filter(p -> id == null || p.id().value().toString().equals(id.getValue()))
                .map(FhirMapping::patient).toList(), offset, count);
    }

    private Optional<PersonId> byIdentifier(TokenParam identifier) {
        if (!NationalIdNumber.isValid(identifier.getValue())) {
            return Optional.empty();
        }
        NationalIdNumber number = NationalIdNumber.parse(identifier.getValue());
        return FhirIds.systemMatches(identifier, number.fhirSystem()) ? persons.idOf(number) : Optional.empty();
    }
}
