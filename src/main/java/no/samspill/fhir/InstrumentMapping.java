package no.samspill.fhir;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samspill.instrument.AnswerOption;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.Item;
import no.samspill.instrument.ItemGroup;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * An instrument version of instrument.InstrumentLibrary as the Questionnaire it was read from: id = the instrument id
 * and version ("phq-9-1-0-0"), canonical url and version, the questions in their groups with the answer options and
 * their weights (the core {@code ordinalValue} extension). No person data.
 */
final class InstrumentMapping {

    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String ANSWER_VALUE = FhirMapping.CODES + "answer-value";
    static final String TRANSLATION_VERIFIED = "https://samspill.no/fhir/StructureDefinition/translation-verified";

    private InstrumentMapping() {
    }

    static String id(Instrument instrument) {
        return instrument.id() + "-" + instrument.version().replaceAll("[^A-Za-z0-9]", "-");
    }

    /** A computable name: "phq-9" → "PHQ_9". */
    static String name(Instrument instrument) {
        String name = instrument.id().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return Character.isLetter(name.charAt(0)) ? name : "Q_" + name;
    }

    static Questionnaire questionnaire(Instrument instrument) {
        var r = new Questionnaire();
        r.setId(id(instrument));
        r.addExtension(TRANSLATION_VERIFIED, new BooleanType(instrument.translationVerified()));
        r.setUrl(instrument.url());
        r.setVersion(instrument.version());
        r.setName(name(instrument));
        r.setTitle(instrument.title());
        r.setStatus(Enumerations.PublicationStatus.ACTIVE);
        r.addSubjectType("Patient");
        if (instrument.wordingNote() != null) {
            r.setPurpose(instrument.wordingNote());
        }
        if (instrument.introduction() != null && !instrument.introduction().isBlank()) {
            r.addItem().setLinkId("intro").setType(Questionnaire.QuestionnaireItemType.DISPLAY)
                    .setText(instrument.introduction());
        }
        Map<String, Questionnaire.QuestionnaireItemComponent> groups = new LinkedHashMap<>();
        for (ItemGroup g : instrument.groups()) {
            groups.put(g.linkId(), r.addItem().setLinkId(g.linkId()).setType(Questionnaire.QuestionnaireItemType.GROUP)
                    .setText(g.text()));
        }
        for (Item item : instrument.items()) {
            var target = item.group() != null && groups.containsKey(item.group()) ? groups.get(item.group()).addItem()
                    : r.addItem();
            target.setLinkId(item.linkId()).setType(Questionnaire.QuestionnaireItemType.CHOICE).setText(item.text())
                    .setRequired(item.required());
            if (item.prefix() != null) {
                target.setPrefix(item.prefix());
            }
            for (AnswerOption o : item.options()) {
                var option = target.addAnswerOption().setValue(new Coding(ANSWER_VALUE, o.code(), o.display()));
                if (o.weight() != null) {
                    option.addExtension(ORDINAL_VALUE, new DecimalType(o.weight()));
                }
            }
        }
        if (instrument.totalLinkId() != null) {
            r.addItem().setLinkId(instrument.totalLinkId()).setType(Questionnaire.QuestionnaireItemType.INTEGER)
                    .setText("Sum").setReadOnly(true);
        }
        return r;
    }
}
