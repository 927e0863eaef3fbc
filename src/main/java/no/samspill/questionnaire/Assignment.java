package no.samspill.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.instrument.InstrumentRef;
import no.samspill.person.PersonId;

/** A set of instruments assigned to the patient of a pathway, answered in rounds. */
@PersonData(InformationCategory.HEALTH)
public record Assignment(UUID id, UUID pathwayId, PersonId personId, List<InstrumentRef> instruments, String createdBy,
                         Instant createdAt) {

    public Assignment {
        instruments = List.copyOf(instruments);
    }
}
