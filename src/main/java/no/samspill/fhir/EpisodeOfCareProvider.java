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
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonId;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** EpisodeOfCare = pathway, through {@link PathwayQueries}. */
@Component
class EpisodeOfCareProvider implements IResourceProvider {

    private final PathwayQueries pathways;

    EpisodeOfCareProvider(PathwayQueries pathways) {
        this.pathways = pathways;
    }

    @Override
    public Class<EpisodeOfCare> getResourceType() {
        return EpisodeOfCare.class;
    }

    @Read
    public EpisodeOfCare read(@IdParam IdType id) {
        return pathways.byId(FhirIds.uuidOrNotFound(id)).map(FhirMapping::episodeOfCare)
                .orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<EpisodeOfCare> search(@RequiredParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
                                      @OptionalParam(name = EpisodeOfCare.SP_STATUS) TokenOrListParam status,
                                      @OptionalParam(name = EpisodeOfCare.SP_DATE) DateRangeParam date,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(FhirIds.patient(patient).map(person -> Searches.visibleOrEmpty(
                        () -> pathways.ofPerson(new PersonId(person))).stream()
                .filter(p -> Searches.overlaps(date, p.openedOn(), p.closedOn()))
                .map(FhirMapping::episodeOfCare)
                .filter(e -> Searches.matches(status, e.getStatus().toCode()))
                .toList()).orElse(List.of()), offset, count);
    }
}
