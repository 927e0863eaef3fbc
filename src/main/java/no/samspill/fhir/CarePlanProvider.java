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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonId;
import no.samspill.plan.PlanQueries;
import no.samspill.plan.PlanVersion;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * CarePlan = the current version of a pathway's return-to-work plan, through {@link PlanQueries} (work-function data:
 * the clinic, the patient, the GP, NAV, and the nearest leader only with the patient's consent). Id = the pathway id.
 */
@Component
class CarePlanProvider implements IResourceProvider {

    private final PlanQueries plans;
    private final PathwayQueries pathways;
    private final Clock clock;

    CarePlanProvider(PlanQueries plans, PathwayQueries pathways, Clock clock) {
        this.plans = plans;
        this.pathways = pathways;
        this.clock = clock;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        Pathway pathway = pathways.byId(FhirIds.uuidOrNotFound(id)).orElseThrow(() -> FhirIds.notFound(id));
        return plans.latest(pathway.id()).map(plan -> PlanMapping.carePlan(plan, pathway, LocalDate.now(clock)))
                .orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<CarePlan> search(@RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
                                 @OptionalParam(name = CarePlan.SP_STATUS) TokenOrListParam status,
                                 @OptionalParam(name = CarePlan.SP_DATE) DateRangeParam date,
                                 @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
            @Offset Integer offset, @Count Integer count) {
        LocalDate today = LocalDate.now(clock);
        List<CarePlan> found = new ArrayList<>();
        FhirIds.patient(patient).ifPresent(person -> {
            for (Pathway pathway : Searches.visibleOrEmpty(() -> pathways.ofPerson(new PersonId(person)))) {
                Optional<PlanVersion> plan = Searches.visibleOrEmpty(() -> plans.latest(pathway.id()).stream().toList())
                        .stream().findFirst();
                plan.filter(p -> Searches.within(lastUpdated, p.publishedAt()))
                        .filter(p -> date == null || (PlanMapping.first(p) != null
                                && Searches.overlaps(date, PlanMapping.first(p), PlanMapping.last(p))))
                        .map(p -> PlanMapping.carePlan(p, pathway, today)).ifPresent(found::add);
            }
        });
        return Searches.page(found.stream()
                .filter(c -> Searches.matches(status, c.getStatus().toCode()))
                .toList(), offset, count);
    }
}
