package no.samspill.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;

/**
 * A stored response with its answers (option code by linkId): what a FHIR QuestionnaireResponse is made from.
 * {@code corrects} is the response this one corrects (with its reason); {@code correctedBy} the correction that
 * replaced this one, if any.
 */
@PersonData(InformationCategory.HEALTH)
public record ResponseDetails(UUID id, PersonId personId, UUID roundId, InstrumentRef questionnaire, boolean submitted,
                              Instant startedAt, Instant submittedAt, String submittedBy, UUID corrects,
                              String correctionReason, UUID correctedBy, int version, Map<String, String> answers) {

    /** When the response last changed: its submission, or its start while in progress. */
    public Instant lastUpdated() {
        return submittedAt != null ? submittedAt : startedAt;
    }
}
