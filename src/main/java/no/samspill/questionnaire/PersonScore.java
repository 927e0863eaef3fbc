package no.samspill.questionnaire;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.person.PersonId;

/** A stored score with the person it belongs to: what a FHIR Observation is made from. */
@PersonData(InformationCategory.HEALTH)
public record PersonScore(PersonId personId, StoredScore score) {
}
