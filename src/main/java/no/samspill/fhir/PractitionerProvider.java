package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import no.samspill.identifiers.HprNumber;
import no.samspill.security.CurrentUser;
import no.samspill.security.DemoAccounts;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

/**
 * Practitioner, keyed by HPR number (the Health Personnel Register is public). The name is known for Samspill's own
 * users; a referrer's name as written on a referral is shown only on the ServiceRequest, behind its access decision.
 */
@Component
class PractitionerProvider implements IResourceProvider {

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return practitioner(id.getIdPart()).orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<Practitioner> search(@RequiredParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(practitioner(identifier.getValue())
                .filter(p -> FhirIds.systemMatches(identifier, p.getIdentifierFirstRep().getSystem()))
                .stream().toList(), offset, count);
    }

    static Optional<Practitioner> practitioner(String number) {
        if (!HprNumber.isValid(number)) {
            return Optional.empty();
        }
        HprNumber hpr = HprNumber.parse(number);
        String name = DemoAccounts.USERS.stream().filter(u -> hpr.value().equals(u.hprNumber()))
                .map(CurrentUser::displayName).findFirst().orElse(null);
        return Optional.of(FhirMapping.practitioner(hpr, name));
    }
}
