package no.samspill.pathway;

import java.util.List;
import java.util.Map;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's list of the clinic's pathways, newest first, by state and by the person's name or national ID
 * number. A page is one indexed read of {@code pathway} (by clinic and opening date, or by the persons found) and one
 * batched look-up of the persons; every listed person passes the access decision (those the viewer may not see are left
 * out, as on the worklist).
 */
@Service
@Transactional(readOnly = true)
public class PathwaySearch {

    /** A name search follows at most this many persons; more, and the user is asked to write more of the name. */
    public static final int MAX_NAME_MATCHES = 500;

    private final Pathways pathways;
    private final PersonDirectory persons;

    PathwaySearch(Pathways pathways, PersonDirectory persons) {
        this.pathways = pathways;
        this.persons = persons;
    }

    public PathwayListPage ofClinic(String clinic, PathwayFilter filter) {
        List<PersonId> searched = null;
        if (filter.nationalId() != null) {
            searched = persons.idOf(filter.nationalId()).stream().toList();
        } else if (!filter.nameParts().isEmpty()) {
            searched = persons.idsWithNamesBeginning(filter.nameParts(), MAX_NAME_MATCHES + 1);
            if (searched.size() > MAX_NAME_MATCHES) {
                return new PathwayListPage(List.of(), filter.page(), filter.size(), false, true);
            }
        }
        if (searched != null && searched.isEmpty()) {
            return new PathwayListPage(List.of(), filter.page(), filter.size(), false, false);
        }
        List<Pathway> rows = pathways.ofClinic(clinic, filter.state(), searched, filter.size() + 1,
                (long) filter.page() * filter.size());
        boolean hasNext = rows.size() > filter.size();
        List<Pathway> page = hasNext ? rows.subList(0, filter.size()) : rows;
        // The access decision for each person listed (and its audit entry); those refused are left out.
        Map<PersonId, Patient> patients = persons.patients(page.stream().map(Pathway::personId).toList());
        List<PathwayListItem> items = page.stream().filter(p -> patients.containsKey(p.personId()))
                .map(p -> {
                    Patient patient = patients.get(p.personId());
                    return new PathwayListItem(p.id(), patient.fullName(), patient.nationalId(), p.state(),
                            p.openedOn(), p.coordinator());
                })
                .toList();
        return new PathwayListPage(items, filter.page(), filter.size(), hasNext, false);
    }
}
