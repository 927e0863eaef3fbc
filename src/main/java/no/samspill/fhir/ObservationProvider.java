package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.UUID;
import no.samspill.person.PersonId;
import no.samspill.questionnaire.QuestionnaireQueries;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * Observation = a stored questionnaire score ({@link QuestionnaireQueries}, HEALTH: never the employer, NAV only with
 * the patient's consent), id = the id of the response it is derived from. Read and search only: scores are made by
 * scoring a response, never written directly.
 */
@Component
class ObservationProvider implements IResourceProvider {

    private final QuestionnaireQueries queries;

    ObservationProvider(QuestionnaireQueries queries) {
        this.queries = queries;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        return queries.score(FhirIds.uuidOrNotFound(id)).map(QuestionnaireMapping::observation)
                .orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<Observation> search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                    @OptionalParam(name = Observation.SP_STATUS) TokenOrListParam status,
                                    @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
                                    @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
                                    @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                    @Offset Integer offset, @Count Integer count) {
        UUID person = FhirIds.patient(patient).orElse(null);
        if (person == null) {
            return List.of();
        }
        return Searches.page(Searches.visibleOrEmpty(() -> queries.scoresOf(new PersonId(person))).stream()
                .filter(s -> Searches.within(date, s.score().scoredAt()))
                .filter(s -> Searches.within(lastUpdated, s.score().scoredAt()))
                .map(QuestionnaireMapping::observation)
                .filter(o -> Searches.matches(status, o.getStatus().toCode()))
                .filter(o -> code == null || code.getValuesAsQueryTokens().stream().anyMatch(t -> matches(t, o)))
                .toList(), offset, count);
    }

    private static boolean matches(TokenParam token, Observation o) {
        for (Coding c : o.getCode().getCoding()) {
            if (c.getCode().equals(token.getValue())
                    && (token.getSystem() == null || token.getSystem().isBlank() || token.getSystem().equals(c.getSystem()))) {
                return true;
            }
        }
        return false;
    }
}
