package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.Employment;
import no.samspill.person.NameNearestLeader;
import no.samspill.person.NearestLeader;
import no.samspill.person.PersonDirectory;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The employment on a pathway: naming (or changing) the nearest leader whose log-in may see the employee. */
@RestController
class EmploymentApi {

    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final NameNearestLeader nameNearestLeader;
    private final CurrentUsers users;

    EmploymentApi(PathwayQueries pathways, PersonDirectory persons, NameNearestLeader nameNearestLeader,
                  CurrentUsers users) {
        this.pathways = pathways;
        this.persons = persons;
        this.nameNearestLeader = nameNearestLeader;
        this.users = users;
    }

    /**
     * Names the nearest leader of the pathway's (newest) employment: {@code nearestLeader} is a national ID number or
     * a Samspill user name; {@code version} the employment version read (a stale one answers 409).
     */
    @PutMapping("/api/v1/pathways/{id}/nearest-leader")
    NearestLeaderView name(@PathVariable UUID id, @Valid @RequestBody NearestLeaderRequest request) {
        Pathway pathway = pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
        FieldErrors errors = new FieldErrors();
        NearestLeader leader = errors.required("nearestLeader", request.nearestLeader(), NearestLeader::parse);
        errors.throwIfAny();
        Employment employment = persons.employments(pathway.personId()).stream().reduce((a, b) -> b)
                .orElseThrow(() -> new NotFoundException("Arbeidsforholdet"));
        Employment named = nameNearestLeader.name(employment.id(), request.version(), leader, users.current().username());
        return new NearestLeaderView(named.id(), named.employer().value(), named.employerName(), named.leaderName(),
                named.leaderUsername(), named.version());
    }

    record NearestLeaderRequest(@NotNull Integer version, @Size(max = 100) String nearestLeader) {
    }

    record NearestLeaderView(UUID employmentId, String employerOrgNumber, String employerName, String leaderName,
                             String nearestLeader, int version) {
    }
}
