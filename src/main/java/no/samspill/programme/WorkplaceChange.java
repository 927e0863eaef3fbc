package no.samspill.programme;

import java.util.List;

/**
 * What the programme owner changes about an enrolled workplace, as entered (strings), with the version it was read
 * at; checked by {@link EditWorkplace}. {@code cohortId} may be empty (no cohort).
 */
public record WorkplaceChange(int version, String name, String sector, String headcount, String cohortId,
                              List<ContactPerson> contacts, List<HealthContributor> contributors) {

    public WorkplaceChange {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }
}
