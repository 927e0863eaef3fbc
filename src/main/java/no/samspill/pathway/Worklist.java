package no.samspill.pathway;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's worklist: their open tasks and the statutory milestones of their pathways, due this week or overdue.
 * Its few reads share one connection but no transaction ({@code SUPPORTS}): a page needs no snapshot across them, and a
 * read-only transaction's COMMIT would be one more round trip to the database on every page.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class Worklist {

    public static final int MAX_PAGE_SIZE = 200;

    private final WorklistItems items;
    private final PersonDirectory persons;
    private final PersonDataAccess access;

    Worklist(WorklistItems items, PersonDirectory persons, PersonDataAccess access) {
        this.items = items;
        this.persons = persons;
        this.access = access;
    }

    public WorklistPage of(String owner, WorklistScope scope, WorklistKind kind, boolean latestFirst, int page, int size,
                           LocalDate today) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        LocalDate bound = switch (scope) {
            case WEEK -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case OVERDUE -> today.minusDays(1);
            case ALL -> null;
        };
        List<WorklistItems.Row> rows = items.page(owner, bound, kind, latestFirst, today, pageSize + 1, (long) pageNo * pageSize);
        boolean hasNext = rows.size() > pageSize;
        List<WorklistItems.Row> pageRows = hasNext ? rows.subList(0, pageSize) : rows;
        // Rows are person data too (a task title may name the patient): only persons the viewer may read are shown,
        // and of a clinic's team only rows of its own clinic's pathways (a task there may be owned by anyone).
        Map<PersonId, Patient> patients = persons.patients(pageRows.stream().map(r -> new PersonId(r.personId())).toList());
        List<WorklistItems.Row> shown = pageRows.stream().filter(r -> patients.containsKey(new PersonId(r.personId()))
                        && access.mayRead(r.personId(), ClinicScope.clinic(r.clinic()), InformationCategory.ADMIN))
                .toList();
        List<WorklistItem> result = shown.stream()
                .map(r -> new WorklistItem(r.pathwayId(), r.kind(), r.ref(), r.title(), r.dueDate(),
                        r.dueDate().isBefore(today),
                        patients.get(new PersonId(r.personId())).fullName()))
                .toList();
        return new WorklistPage(result, pageNo, pageSize, hasNext);
    }
}
