package no.samspill.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.NoAccessException;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.questionnaire.RecordResponse;
import no.samspill.questionnaire.ResponseDetails;
import no.samspill.security.CurrentUsers;
import no.samspill.questionnaire.NoOpenPathwayException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.springframework.stereotype.Component;

/**
 * QuestionnaireResponse = a stored response ({@link QuestionnaireQueries}, HEALTH). Create = {@link RecordResponse}:
 * the clinic team typing in a paper form or the patient themself; checked, scored and stored by the same code as a
 * submission through the patient's link. Accepted shape: {@code status} completed, {@code questionnaire} the canonical
 * {@code url|version} of an instrument, {@code subject} {@code Patient/{id}}, one {@code item} per linkId (top level or
 * in groups) with one {@code answer.valueCoding} whose code is one of the item's answer options.
 */
@Component
class QuestionnaireResponseProvider implements IResourceProvider {

    private final QuestionnaireQueries queries;
    private final RecordResponse record;
    private final CurrentUsers users;

    QuestionnaireResponseProvider(QuestionnaireQueries queries, RecordResponse record, CurrentUsers users) {
        this.queries = queries;
        this.record = record;
        this.users = users;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        ResponseDetails r = queries.response(FhirIds.uuidOrNotFound(id)).orElseThrow(() -> FhirIds.notFound(id));
        return map(r);
    }

    @Search
    public List<QuestionnaireResponse> search(@RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
                                              @OptionalParam(name = QuestionnaireResponse.SP_STATUS) TokenOrListParam status,
                                              @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) DateRangeParam authored,
                                              @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE)
                                              ReferenceOrListParam questionnaire,
                                              @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                              @Offset Integer offset, @Count Integer count) {
        UUID person = FhirIds.patient(patient).orElse(null);
        if (person == null) {
            return List.of();
        }
        return Searches.page(Searches.visibleOrEmpty(() -> queries.responsesOf(new PersonId(person))).stream()
                .filter(r -> questionnaire == null || questionnaire.getValuesAsQueryTokens().stream()
                        .anyMatch(q -> matches(q, r.questionnaire())))
                .filter(r -> Searches.within(authored, r.lastUpdated()))
                .filter(r -> Searches.within(lastUpdated, r.lastUpdated()))
                .map(this::map)
                .filter(q -> Searches.matches(status, q.getStatus().toCode()))
                .toList(), offset, count);
    }

    @Create
    public MethodOutcome create(@ResourceParam QuestionnaireResponse response) {
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            throw new UnprocessableEntityException("QuestionnaireResponse.status must be 'completed' (only complete "
                    + "responses are recorded; answers in progress are saved through the patient's link)");
        }
        String subject = response.getSubject().getReference();
        if (subject == null || !subject.startsWith("Patient/")) {
            throw new UnprocessableEntityException("QuestionnaireResponse.subject must reference a Patient");
        }
        UUID person = FhirIds.uuid(subject.substring("Patient/".length()))
                .orElseThrow(() -> new UnprocessableEntityException(subject + " is not known"));
        InstrumentRef ref;
        try {
            ref = InstrumentRef.parse(response.getQuestionnaire());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEntityException("QuestionnaireResponse.questionnaire must be a canonical 'url|version'"
                    + " of a Samspill Questionnaire");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        collect(response.getItem(), answers);
        PersonId personId = new PersonId(person);
        ResponseDetails stored = referencedPatient(person, () -> {
            try {
                return record.record(personId, List.of(), ref, answers, users.current().username());
            } catch (NoOpenPathwayException refused) {
                throw new UnprocessableEntityException(subject + " has no open pathway");
            }
        });
        QuestionnaireResponse created = map(stored);
        return new MethodOutcome(new IdType("QuestionnaireResponse", stored.id().toString(),
                created.getMeta().getVersionId()), true).setResource(created);
    }

    private QuestionnaireResponse map(ResponseDetails r) {
        return QuestionnaireMapping.response(r, queries.instrument(r.questionnaire()).orElse(null));
    }

    private static boolean matches(ReferenceParam q, InstrumentRef ref) {
        String value = q.getValue();
        return value != null && (value.equals(ref.toString()) || value.equals(ref.url()));
    }

    /** linkId → option code, from top-level items and items in groups; each question answered once. */
    private static void collect(List<QuestionnaireResponseItemComponent> items, Map<String, String> answers) {
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.getLinkId();
            if (linkId == null || linkId.isBlank()) {
                throw new UnprocessableEntityException("QuestionnaireResponse.item.linkId is required");
            }
            if (item.getAnswer().size() > 1) {
                throw new UnprocessableEntityException("Item " + linkId + ": one answer only");
            }
            for (var answer : item.getAnswer()) {
                if (!answer.hasValueCoding() || answer.getValueCoding().getCode() == null) {
                    throw new UnprocessableEntityException("Item " + linkId + ": the answer must be a valueCoding with"
                            + " a code from the item's answer options");
                }
                String system = answer.getValueCoding().getSystem();
                if (system != null && !system.equals(QuestionnaireMapping.ANSWER_VALUES)) {
                    throw new UnprocessableEntityException("Item " + linkId + ": unknown code system " + system);
                }
                if (answers.put(linkId, answer.getValueCoding().getCode()) != null) {
                    throw new UnprocessableEntityException("Item " + linkId + " is answered twice");
                }
                collect(answer.getItem(), answers);
            }
            collect(item.getItem(), answers);
        }
    }

    /** A person that does not exist and one the user has no relationship to both answer 422 "not known". */
    private static <T> T referencedPatient(UUID person, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NoAccessException refused) {
            if (refused.hideExistence()) {
                throw new UnprocessableEntityException("Patient/" + person + " is not known");
            }
            throw refused;
        }
    }
}
