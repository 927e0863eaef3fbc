package no.samspill.fhir;

import java.util.Date;
import no.samspill.instrument.AnswerOption;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Item;
import no.samspill.questionnaire.PersonScore;
import no.samspill.questionnaire.ResponseDetails;
import no.samspill.questionnaire.StoredScore;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.BooleanType;

/**
 * Responses and scores to FHIR R4: QuestionnaireResponse (questionnaire = canonical {@code url|version}; a correction
 * points at the response it replaces with the extension {@value #REPLACES}, as R4 has no such element) and Observation
 * (one per stored score, id = the response's id: LOINC 44261-6 for the PHQ-9 total and 70274-6 for the GAD-7 total,
 * a local code otherwise; the band and caseness as coded components; an incomplete score has no value but a
 * dataAbsentReason and the missing items). See docs/decisions/0025-fhir-questionnaire-response-and-observation.md.
 */
final class QuestionnaireMapping {

    static final String ANSWER_VALUES = FhirMapping.CODES + "answer-value";
    static final String SCORES = FhirMapping.CODES + "instrument-score";
    static final String REPLACES = "https://samspill.no/fhir/StructureDefinition/replaces";
    static final String CORRECTION_REASON = "https://samspill.no/fhir/StructureDefinition/correction-reason";
    static final String LOINC = "http://loinc.org";

    private QuestionnaireMapping() {
    }

    static QuestionnaireResponse response(ResponseDetails r, Instrument instrument) {
        var q = new QuestionnaireResponse();
        q.setId(r.id().toString());
        q.getMeta().setVersionId(Integer.toString(r.version() + 1)).setLastUpdated(Date.from(r.lastUpdated()));
        q.setQuestionnaire(r.questionnaire().toString());
        q.setStatus(!r.submitted() ? QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS
                : r.corrects() != null ? QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED
                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        q.setSubject(new Reference("Patient/" + r.personId().value()));
        q.setAuthoredElement(new DateTimeType(Date.from(r.lastUpdated())));
        if (r.submittedBy() != null) {
            q.setAuthor(new Reference().setDisplay(r.submittedBy()));
        }
        if (r.corrects() != null) {
            q.addExtension(new Extension(REPLACES, new Reference("QuestionnaireResponse/" + r.corrects())));
            if (r.correctionReason() != null) {
                q.addExtension(new Extension(CORRECTION_REASON, new StringType(r.correctionReason())));
            }
        }
        if (instrument != null) {
            for (Item item : instrument.items()) {
                String code = r.answers().get(item.linkId());
                if (code != null) {
                    var answer = q.addItem().setLinkId(item.linkId()).setText(item.text()).addAnswer();
                    answer.setValue(new Coding(ANSWER_VALUES, code,
                            item.option(code).map(AnswerOption::display).orElse(null)));
                }
            }
        } else {
            r.answers().forEach((linkId, code) -> q.addItem().setLinkId(linkId).addAnswer()
                    .setValue(new Coding(ANSWER_VALUES, code, null)));
        }
        return q;
    }

    static Observation observation(PersonScore ps) {
        StoredScore s = ps.score();
        var o = new Observation();
        o.setId(s.responseId().toString());
        o.getMeta().setLastUpdated(Date.from(s.scoredAt()));
        o.setStatus(s.supersededBy() != null ? Observation.ObservationStatus.ENTEREDINERROR
                : Observation.ObservationStatus.FINAL);
        o.addCategory().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey",
                "Survey"));
        o.addCategory().addCoding(new Coding(FhirMapping.CODES + "information-category", "HEALTH", "Helseopplysninger"));
        o.setCode(code(s.instrument()));
        o.setSubject(new Reference("Patient/" + ps.personId().value()));
        o.setEffective(new DateTimeType(Date.from(s.scoredAt())));
        o.setIssued(Date.from(s.scoredAt()));
        o.addDerivedFrom(new Reference("QuestionnaireResponse/" + s.responseId()));
        if (s.complete()) {
            o.setValue(new IntegerType(s.total()));
        } else {
            o.setDataAbsentReason(new CodeableConcept().addCoding(new Coding(
                    "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown"))
                    .setText("Ufullstendig: mangler svar på " + String.join(", ", s.missing())));
            o.addComponent().setCode(local("missing-items", "Spørsmål uten svar"))
                    .setValue(new StringType(String.join(" ", s.missing())));
        }
        if (s.band() != null) {
            o.addComponent().setCode(local("severity-band", "Alvorlighetsgrad"))
                    .setValue(new CodeableConcept().addCoding(new Coding(FhirMapping.CODES + "severity-band",
                            s.instrument() + "-" + s.band(), null)).setText(s.band()));
        }
        if (s.caseness() != null) {
            o.addComponent().setCode(local("caseness", "Klinisk nivå (caseness)")).setValue(new BooleanType(s.caseness()));
        }
        if (s.workNotApplicable()) {
            o.addComponent().setCode(local("work-not-applicable", "Arbeidsspørsmålet gjelder ikke"))
                    .setValue(new BooleanType(true));
        }
        return o;
    }

    /** The Observation code of an instrument's total (also what a {@code code} search matches). */
    static CodeableConcept code(String instrument) {
        return switch (instrument) {
            case "phq-9" -> new CodeableConcept().addCoding(new Coding(LOINC, "44261-6",
                    "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")).setText("PHQ-9 sum");
            case "gad-7" -> new CodeableConcept().addCoding(new Coding(LOINC, "70274-6",
                    "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")).setText("GAD-7 sum");
            default -> new CodeableConcept().addCoding(new Coding(SCORES, instrument + "-total", instrument + " total"))
                    .setText(instrument + " sum");
        };
    }

    private static CodeableConcept local(String code, String text) {
        return new CodeableConcept().addCoding(new Coding(SCORES, code, text)).setText(text);
    }
}
