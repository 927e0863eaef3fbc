package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Locale;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.stereotype.Component;

/**
 * Questionnaire = an instrument version of the {@link InstrumentLibrary} (the definitions patients answer). Not person
 * data: every authenticated user may read them. Search by _id, url, version, status (all are active) and name.
 */
@Component
class QuestionnaireProvider implements IResourceProvider {

    private final InstrumentLibrary library;

    QuestionnaireProvider(InstrumentLibrary library) {
        this.library = library;
    }

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read
    public Questionnaire read(@IdParam IdType id) {
        return library.all().stream().filter(i -> InstrumentMapping.id(i).equals(id.getIdPart())).findFirst()
                .map(InstrumentMapping::questionnaire).orElseThrow(() -> FhirIds.notFound(id));
    }

    @Search
    public List<Questionnaire> search(@OptionalParam(name = "_id") TokenParam id,
                                      @OptionalParam(name = Questionnaire.SP_URL) UriParam url,
                                      @OptionalParam(name = Questionnaire.SP_VERSION) TokenParam version,
                                      @OptionalParam(name = Questionnaire.SP_STATUS) TokenOrListParam status,
                                      @OptionalParam(name = Questionnaire.SP_NAME) StringParam name,
            @Offset Integer offset, @Count Integer count) {
        return Searches.page(library.all().stream()
                .filter(i -> id == null || InstrumentMapping.id(i).equals(id.getValue()))
                .filter(i -> url == null || i.url().equals(url.getValue()))
                .filter(i -> Searches.matches(version, i.version()))
                .filter(i -> nameMatches(name, i))
                .map(InstrumentMapping::questionnaire)
                .filter(q -> Searches.matches(status, q.getStatus().toCode()))
                .toList(), offset, count);
    }

    /** FHIR string search: starts with, ignoring case (or equal, with :exact). */
    private static boolean nameMatches(StringParam name, Instrument instrument) {
        if (name == null) {
            return true;
        }
        String value = InstrumentMapping.name(instrument);
        return name.isExact() ? value.equals(name.getValue())
                : value.toLowerCase(Locale.ROOT).startsWith(name.getValue().toLowerCase(Locale.ROOT));
    }
}
