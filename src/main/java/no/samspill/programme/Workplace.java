package no.samspill.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;

/**
 * An enrolled workplace. {@code arm} is set only once its cohort is randomised; {@code withdrawnOn} once it has left
 * the programme (it stays in its cohort for the evaluation).
 */
public record Workplace(UUID id, OrganisationNumber organisationNumber, String name, Sector sector, int headcount,
                        UUID cohortId, Arm arm, List<ContactPerson> contacts, List<HealthContributor> contributors,
                        LocalDate withdrawnOn, int version) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    public SizeBand size() {
        return SizeBand.of(headcount);
    }
}
