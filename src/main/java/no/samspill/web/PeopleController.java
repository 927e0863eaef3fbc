package no.samspill.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Relationships;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The GP's referred patients, the NAV counsellor's persons on sick leave, the nearest leader's employees: the persons
 * the viewer's party is related to, each with their pathways. What the pathway page then shows is the access decision's.
 */
@Controller
class PeopleController {

    static final int LIMIT = 200;

    private final Relationships relationships;
    private final PersonDirectory persons;
    private final PathwayQueries pathways;
    private final PersonDataAccess access;
    private final CurrentUsers users;

    PeopleController(Relationships relationships, PersonDirectory persons, PathwayQueries pathways,
                     PersonDataAccess access, CurrentUsers users) {
        this.relationships = relationships;
        this.persons = persons;
        this.pathways = pathways;
        this.access = access;
        this.users = users;
    }

    @GetMapping("/personer")
    String people(Model model) {
        var ids = relationships.personsRelatedTo(access.viewer(), LIMIT).stream().map(PersonId::new).toList();
        Map<PersonId, Patient> visible = persons.patients(ids);
        List<Row> rows = visible.values().stream()
                .sorted(Comparator.comparing(Patient::familyName).thenComparing(Patient::givenName))
                .map(p -> new Row(p, pathways.ofPerson(p.id())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("heading", switch (users.current().role()) {
            case GP -> "Mine henviste pasienter";
            case NAV_COUNSELLOR -> "Sykmeldte som NAV-kontoret følger opp";
            case NEAREST_LEADER -> "Mine ansatte med forløp";
            default -> "Personer";
        });
        return "people";
    }

    record Row(Patient patient, List<Pathway> pathways) {
    }
}
