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
import no.samspill.person.PersonId;
import no.samspill.referral.ReferralQueries;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/** ServiceRequest = referral, through {@link ReferralQueries} (health data: the access decision is the module's). */
@Component
class ServiceRequestProvider implements IResourceProvider {

    private final ReferralQueries referrals;

    ServiceRequestProvider(ReferralQueries referrals) {
        this.referrals = referrals;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return referrals.byId(FhirIds.uuidOrNotFound(id)).map(FhirMapping::serviceRequest)
                .orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<ServiceRequest> search(@RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
                                       @OptionalParam(name = ServiceRequest.SP_STATUS) TokenOrListParam status,
                                       @OptionalParam(name = ServiceRequest.SP_AUTHORED) DateRangeParam authored,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(FhirIds.patient(patient).map(person -> Searches.visibleOrEmpty(
                        () -> referrals.ofPerson(new PersonId(person))).stream()
                .filter(r -> Searches.within(authored, r.receivedOn()))
                .map(FhirMapping::serviceRequest)
                .filter(r -> Searches.matches(status, r.getStatus().toCode()))
                .toList()).orElse(List.of()), offset, count);
    }
}
