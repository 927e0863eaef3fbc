package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme owner creates a cohort: workplaces that go through the programme in the same period. */
@Service
public class CreateCohort {

    private final Cohorts cohorts;
    private final Clock clock;

    CreateCohort(Cohorts cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Transactional
    public Cohort create(String name, String region, String startsOn, String actor) {
        FieldErrors errors = new FieldErrors();
        String n = Parse.text(name);
        String r = Parse.text(region);
        errors.check(n != null && n.length() <= 120, "name", "Skriv et navn på kohorten (høyst 120 tegn)");
        errors.check(r != null && r.length() <= 120, "region", "Skriv område eller NAV-kontor");
        LocalDate start = errors.required("startsOn", startsOn, Dates::parse);
        LocalDate today = LocalDate.now(clock);
        if (start != null) {
            errors.check(!start.isBefore(today.minusYears(2)) && !start.isAfter(today.plusYears(2)), "startsOn",
                    "Startdatoen må være innen to år fra i dag");
        }
        errors.throwIfAny();
        Cohort cohort = new Cohort(UUID.randomUUID(), n, r, start, 0);
        cohorts.insert(cohort, actor, clock.instant());
        return cohort;
    }
}
