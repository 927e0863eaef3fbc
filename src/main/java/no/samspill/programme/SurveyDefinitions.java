package no.samspill.programme;

import java.util.List;
import no.samspill.instrument.AnswerOption;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.ItemGroup;
import org.springframework.stereotype.Component;

/**
 * The workplace survey, read by the shared questionnaire engine ({@link InstrumentLibrary#read}) from its FHIR R4
 * Questionnaire under {@code instruments/}, in the same definition format as the patient instruments. Its groups are
 * the survey's scales; every answer option carries an ordinal value.
 */
@Component
public class SurveyDefinitions {

    static final String WORKPLACE_SURVEY = "classpath:instruments/samspill-workplace-programme.json";

    private final SurveyDefinition workplace;

    SurveyDefinitions() {
        this.workplace = of(InstrumentLibrary.read(WORKPLACE_SURVEY));
    }

    public SurveyDefinition workplaceSurvey() {
        return workplace;
    }

    static SurveyDefinition of(Instrument instrument) {
        List<SurveyDefinition.Scale> scales = instrument.groups().stream()
                .map(group -> new SurveyDefinition.Scale(group.linkId(), group.text(), questions(instrument, group)))
                .toList();
        return new SurveyDefinition(instrument.url(), instrument.version(), instrument.title(),
                instrument.introduction(), scales);
    }

    private static List<SurveyDefinition.Question> questions(Instrument instrument, ItemGroup group) {
        return instrument.itemsOf(group).stream()
                .map(item -> new SurveyDefinition.Question(item.linkId(), item.text(), item.required(),
                        item.options().stream().map(SurveyDefinitions::option).toList()))
                .toList();
    }

    private static SurveyDefinition.Option option(AnswerOption option) {
        if (option.weight() == null) {
            throw new IllegalStateException("Answer option without ordinalValue: " + option.code());
        }
        return new SurveyDefinition.Option(option.code(), option.display(), option.weight());
    }
}
