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
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.security.DemoAccounts;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.springframework.stereotype.Component;

/**
 * Organization, keyed by organisation number (public in the Central Coordinating Register, so no person data and no
 * access decision). Every valid number reads; the name is known for the organisations Samspill's users act for.
 */
@Component
class OrganizationProvider implements IResourceProvider {

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        return organization(id.getIdPart()).orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<Organization> search(@RequiredParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(organization(identifier.getValue())
                .filter(o -> FhirIds.systemMatches(identifier, o.getIdentifierFirstRep().getSystem()))
                .stream().toList(), offset, count);
    }

    static Optional<Organization> organization(String number) {
        if (!OrganisationNumber.isValid(number)) {
            return Optional.empty();
        }
        OrganisationNumber parsed = OrganisationNumber.parse(number);
        return Optional.of(FhirMapping.organization(parsed, DemoAccounts.organisationName(parsed.value()).orElse(null)));
    }
}
