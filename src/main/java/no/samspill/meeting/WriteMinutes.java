package no.samspill.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samspill.access.InformationCategory;
import no.samspill.pathway.AddTask;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the minutes of a held meeting, as a draft or finalised. Finalising puts each task on its owner's worklist
 * (through pathway's {@link AddTask}); after that the minutes change only by {@link CorrectMinutes}.
 */
@Service
public class WriteMinutes {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");

    private final MeetingStore store;
    private final AddTask addTask;

    WriteMinutes(MeetingStore store, AddTask addTask) {
        this.store = store;
        this.addTask = addTask;
    }

    @Transactional
    public Meeting write(UUID meetingId, int expectedVersion, Minutes draft, boolean finalise, String actor) {
        Meeting current = store.load(meetingId, expectedVersion);
        FieldErrors errors = check(draft, finalise, LocalDate.ofInstant(current.startsAt(), Meeting.OSLO));
        errors.throwIfAny();
        // Refuses minutes for a meeting not held, or already finalised, before any task is given out.
        current.writeMinutes(draft);
        store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                InformationCategory.WORK_FUNCTION, "Minutes", meetingId);
        if (draft.clinicalNote() != null && !draft.clinicalNote().isBlank()) {
            store.access.requireWrite(current.personId(), MeetingStore.scope(current),
                    InformationCategory.HEALTH, "MinutesClinicalNote", meetingId);
        }
        List<Minutes.MinuteTask> tasks = new ArrayList<>();
        for (Minutes.MinuteTask t : draft.tasks()) {
            UUID taskId = finalise ? addTask.add(current.pathwayId(), t.title().trim(), t.owner(), t.dueDate(), actor).id()
                    : null;
            tasks.add(new Minutes.MinuteTask(t.title().trim(), t.owner(), t.dueDate(), taskId));
        }
        Minutes minutes = new Minutes(MeetingStore.trimToNull(draft.situation()), MeetingStore.trimToNull(draft.conclusion()),
                MeetingStore.trimToNull(draft.clinicalNote()), tasks, finalise);
        store.save(current.writeMinutes(minutes), finalise ? "Referat ferdigstilt" : "Referatutkast lagret",
                current.type().label() + (tasks.isEmpty() ? "" : ", " + tasks.size() + " oppgaver"),
                InformationCategory.WORK_FUNCTION, actor);
        return store.meetings.byId(meetingId).orElseThrow();
    }

    static FieldErrors check(Minutes draft, boolean finalise, LocalDate heldOn) {
        FieldErrors errors = new FieldErrors();
        if (draft == null) {
            errors.add("situation", "Skriv referatet");
            return errors;
        }
        text(errors, "situation", draft.situation(), finalise, "Beskriv situasjonen");
        text(errors, "conclusion", draft.conclusion(), finalise, "Skriv konklusjonen");
        errors.check(draft.clinicalNote() == null || draft.clinicalNote().length() <= 10_000, "clinicalNote",
                "Notatet kan ha høyst 10 000 tegn");
        errors.check(draft.tasks().size() <= 30, "tasks", "Høyst 30 oppgaver per referat");
        for (int i = 0; i < draft.tasks().size(); i++) {
            Minutes.MinuteTask t = draft.tasks().get(i);
            String f = "tasks[" + i + "].";
            if (t == null) {
                errors.add(f + "title", "Oppgaven mangler");
                continue;
            }
            errors.check(t.title() != null && !t.title().isBlank() && t.title().length() <= 300, f + "title",
                    "Skriv en oppgavetekst (høyst 300 tegn)");
            errors.check(t.owner() != null && USERNAME.matcher(t.owner()).matches(), f + "owner",
                    "Velg hvem som eier oppgaven");
            errors.present(f + "dueDate", t.dueDate());
            if (t.dueDate() != null) {
                errors.check(!t.dueDate().isBefore(heldOn) && !t.dueDate().isAfter(heldOn.plusYears(1)), f + "dueDate",
                        "Fristen må være mellom møtedagen og ett år etter");
            }
        }
        return errors;
    }

    private static void text(FieldErrors errors, String field, String value, boolean required, String missing) {
        if (value == null || value.isBlank()) {
            errors.check(!required, field, missing);
        } else {
            errors.check(value.length() <= 10_000, field, "Høyst 10 000 tegn");
        }
    }
}
