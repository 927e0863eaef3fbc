package no.samspill.programme;

import java.util.List;
import java.util.UUID;
import no.samspill.identifiers.OrganisationNumber;

/** An enrolled workplace. {@code arm} is set only once its cohort is randomised. */
public record Workplace(UUID id, OrganisationNumber organisationNumber, String name, Sector sector, int headcount,
                        UUID cohortId, Arm arm, List<ContactPerson> contacts, List<HealthContributor> contributors,
                        int version) {

    public SizeBand size() {
        return SizeBand.of(headcount);
    }
}
