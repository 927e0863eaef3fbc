package no.samspill.programme;

import java.util.List;

/**
 * What the programme owner fills in to enrol a workplace, as entered (strings), so that every field error is found
 * in one pass by {@link EnrolWorkplace}. {@code cohortId} may be empty (no cohort yet).
 */
public record NewWorkplace(String organisationNumber, String name, String sector, String headcount, String cohortId,
                           String template, String firstSession, List<ContactPerson> contacts,
                           List<HealthContributor> contributors) {

    public NewWorkplace {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }
}
