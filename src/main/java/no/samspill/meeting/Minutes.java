package no.samspill.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/**
 * The minutes of a held meeting: situation and conclusion (work function, shared with the parties), tasks per party,
 * and a clinical note (health; only those allowed health data ever get it — {@link #withoutHealth()}).
 */
@PersonData(InformationCategory.WORK_FUNCTION)
public record Minutes(String situation, String conclusion, String clinicalNote, List<MinuteTask> tasks, boolean finalised) {

    public Minutes {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public Minutes withoutHealth() {
        return new Minutes(situation, conclusion, null, tasks, finalised);
    }

    /** A task agreed in the meeting, for one party; when the minutes are finalised it goes to the owner's worklist. */
    public record MinuteTask(String title, String owner, LocalDate dueDate, UUID taskId) {
    }
}
