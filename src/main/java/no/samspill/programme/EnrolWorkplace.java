package no.samspill.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme owner enrols a workplace: organisation number (checked), name, sector, headcount, contact persons,
 * health contributors, optionally a cohort, and the template its run follows. The run's steps are planned from the
 * first session with the template's spacing.
 */
@Service
public class EnrolWorkplace {

    static final String ALREADY_ENROLLED = "Arbeidsplassen med dette organisasjonsnummeret er allerede påmeldt";

    private final Workplaces workplaces;
    private final Cohorts cohorts;
    private final Runs runs;
    private final SurveyWaves waves;
    private final Clock clock;

    EnrolWorkplace(Workplaces workplaces, Cohorts cohorts, Runs runs, SurveyWaves waves, Clock clock) {
        this.workplaces = workplaces;
        this.cohorts = cohorts;
        this.runs = runs;
        this.waves = waves;
        this.clock = clock;
    }

    @Transactional
    public Run enrol(NewWorkplace form, String actor) {
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = new FieldErrors();
        OrganisationNumber number = errors.required("organisationNumber", form.organisationNumber(),
                OrganisationNumber::parse);
        if (number != null && workplaces.exists(number)) {
            errors.add("organisationNumber", ALREADY_ENROLLED);
        }
        WorkplaceDetails.Basics basics = WorkplaceDetails.basics(form.name(), form.sector(), form.headcount(), errors);
        ProgrammeTemplate template = errors.required("template", form.template(), ProgrammeTemplate::parse);
        LocalDate firstSession = errors.required("firstSession", form.firstSession(), Dates::parse);
        UUID cohortId = errors.optional("cohortId", form.cohortId(), Parse::uuid);
        Cohort cohort = null;
        if (cohortId != null) {
            cohort = cohorts.byId(cohortId).orElse(null);
            if (cohort == null) {
                errors.add("cohortId", "Kohorten finnes ikke");
            } else {
                CohortMembership.lock(cohortId, cohorts, waves)
                        .ifPresent(lock -> errors.add("cohortId", lock.joinRefusal()));
            }
        }
        if (firstSession != null) {
            errors.check(!firstSession.isBefore(today.minusYears(1)), "firstSession",
                    "Første økt kan ikke være mer enn ett år tilbake i tid");
            errors.check(!firstSession.isAfter(today.plusYears(2)), "firstSession",
                    "Første økt kan ikke være mer enn to år fram i tid");
            if (cohort != null) {
                errors.check(!firstSession.isBefore(cohort.startsOn()), "firstSession",
                        "Første økt kan ikke være før kohorten starter (" + Dates.format(cohort.startsOn()) + ")");
            }
        }
        List<ContactPerson> contacts = WorkplaceDetails.contacts(form.contacts(), errors);
        List<HealthContributor> contributors = WorkplaceDetails.contributors(form.contributors(), errors);
        errors.throwIfAny();

        Workplace workplace = new Workplace(UUID.randomUUID(), number, basics.name(), basics.sector(),
                basics.headcount(), cohortId, null, contacts, contributors, null, 0);
        Instant now = clock.instant();
        try {
            workplaces.insert(workplace, actor, now);
        } catch (DuplicateKeyException e) {
            // Two enrolments of the same number at once: both passed the check above, the unique key took one.
            throw InvalidInputException.of("organisationNumber", ALREADY_ENROLLED);
        }
        Run run = new Run(UUID.randomUUID(), workplace.id(), template.key(), null, null, null, null, 0);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < template.steps().size(); i++) {
            ProgrammeTemplate.Step t = template.steps().get(i);
            steps.add(new Step(UUID.randomUUID(), run.id(), i + 1, t.kind(), t.topic(), t.title(),
                    firstSession.plusWeeks(t.weeksFromStart()), null, null, null, 0));
        }
        runs.insert(run, steps, actor, now);
        return run;
    }
}
