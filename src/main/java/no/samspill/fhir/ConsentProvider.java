package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samspill.access.Sharing;
import org.hl7.fhir.r4.model.Consent;
import org.springframework.stereotype.Component;

/** Consent = a patient's consent to share, with its history (withdrawn ones are inactive), via {@link Sharing}. */
@Component
class ConsentProvider implements IResourceProvider {

    private final Sharing sharing;
    private final Clock clock;

    ConsentProvider(Sharing sharing, Clock clock) {
        this.sharing = sharing;
        this.clock = clock;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Search
    public List<Consent> search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient,
                                @OptionalParam(name = Consent.SP_STATUS) TokenOrListParam status,
            @Offset Integer offset, @Count Integer count) {
        LocalDate today = LocalDate.now(clock);
        return Searches.page(FhirIds.patient(patient).map(person -> Searches.visibleOrEmpty(() -> sharing.history(person)).stream()
                .map(c -> FhirMapping.consent(c, today))
                .filter(c -> Searches.matches(status, c.getStatus().toCode()))
                .toList()).orElse(List.of()), offset, count);
    }
}
