package no.samspill.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.instrument.Instrument;

/** What the patient sees behind a link: the round's instruments, the answers saved so far and what is submitted. */
@PersonData(InformationCategory.HEALTH)
public record PatientRound(LocalDate dueDate, List<Part> parts) {

    /** One instrument of the round with the answers saved so far (linkId → code). */
    public record Part(Instrument instrument, Map<String, String> answers, boolean submitted, int version) {
    }

    /** Every question of the round in order, as (part index, item index), for one-question-per-screen paging. */
    public int questionCount() {
        return parts.stream().mapToInt(p -> p.instrument().items().size()).sum();
    }

    public boolean allSubmitted() {
        return parts.stream().allMatch(Part::submitted);
    }
}
