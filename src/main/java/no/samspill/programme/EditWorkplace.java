package no.samspill.programme;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner changes an enrolled workplace: name, sector, headcount (not below the highest attendance
 * recorded), contact persons, health contributors and cohort. The organisation number is fixed. A workplace changes
 * cohort only while neither cohort is randomised or has a closed survey wave (decision 0032). A withdrawn workplace
 * and a stale version are refused.
 */
@Service
public class EditWorkplace {

    private final Workplaces workplaces;
    private final Cohorts cohorts;
    private final Runs runs;
    private final SurveyWaves waves;

    EditWorkplace(Workplaces workplaces, Cohorts cohorts, Runs runs, SurveyWaves waves) {
        this.workplaces = workplaces;
        this.cohorts = cohorts;
        this.runs = runs;
        this.waves = waves;
    }

    @Transactional
    public Workplace edit(UUID id, WorkplaceChange change) {
        Workplace workplace = workplaces.byId(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        if (workplace.withdrawn()) {
            throw new RefusedChangeException("Arbeidsplassen er trukket fra programmet og kan ikke endres");
        }
        FieldErrors errors = new FieldErrors();
        WorkplaceDetails.Basics basics = WorkplaceDetails.basics(change.name(), change.sector(), change.headcount(),
                errors);
        Integer headcount = basics.headcount();
        if (headcount != null) {
            int attended = runs.ofWorkplace(id).map(r -> runs.steps(r.id())).orElse(List.of()).stream()
                    .filter(s -> s.attendance() != null).mapToInt(Step::attendance).max().orElse(0);
            errors.check(headcount >= attended, "headcount",
                    "Antall ansatte kan ikke være lavere enn oppmøtet som er registrert (" + attended + ")");
        }
        UUID cohortId = errors.optional("cohortId", change.cohortId(), Parse::uuid);
        boolean cohortParsed = Parse.text(change.cohortId()) == null || cohortId != null;
        if (cohortParsed && !Objects.equals(cohortId, workplace.cohortId())) {
            if (workplace.cohortId() != null) {
                CohortMembership.lock(workplace.cohortId(), cohorts, waves)
                        .ifPresent(lock -> errors.add("cohortId", lock.leaveRefusal()));
            }
            if (cohortId != null) {
                if (cohorts.byId(cohortId).isEmpty()) {
                    errors.add("cohortId", "Kohorten finnes ikke");
                } else {
                    CohortMembership.lock(cohortId, cohorts, waves)
                            .ifPresent(lock -> errors.add("cohortId", lock.joinRefusal()));
                }
            }
        }
        List<ContactPerson> contacts = WorkplaceDetails.contacts(change.contacts(), errors);
        List<HealthContributor> contributors = WorkplaceDetails.contributors(change.contributors(), errors);
        errors.throwIfAny();
        workplaces.update(new Workplace(id, workplace.organisationNumber(), basics.name(), basics.sector(), headcount,
                cohortId, workplace.arm(), contacts, contributors, null, change.version()));
        return workplaces.byId(id).orElseThrow();
    }
}
