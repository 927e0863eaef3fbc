package no.samspill.access;

import java.util.Objects;
import java.util.UUID;

/**
 * Which clinic holds a resource. A pathway and everything hanging on it (its referral, tasks, meetings and minutes,
 * assessment and GP summary, plan, questionnaire rounds and responses, work status, trial allocation) belong to the
 * clinic that received the referral, and only that clinic's team reads or changes them (decision 0030). The caller
 * names the clinic when it has the pathway or referral row at hand, or just the pathway's id: the clinic is then
 * looked up through {@link PathwayClinics}. Person-level data (name, national ID, employment, sick-leave periods) is
 * asked for without a scope. Holds no person data: an organisation number and a pathway id.
 */
public final class ClinicScope {

    private final UUID pathwayId;
    private final String clinic;

    private ClinicScope(UUID pathwayId, String clinic) {
        this.pathwayId = pathwayId;
        this.clinic = clinic;
    }

    /** A resource of a pathway or referral held by this clinic (its organisation number). */
    public static ClinicScope clinic(String clinicOrgNumber) {
        return new ClinicScope(null, Objects.requireNonNull(clinicOrgNumber, "clinicOrgNumber"));
    }

    /** A resource of this pathway; its clinic is looked up when the decision is made. */
    public static ClinicScope pathway(UUID pathwayId) {
        return new ClinicScope(Objects.requireNonNull(pathwayId, "pathwayId"), null);
    }

    UUID pathwayId() {
        return pathwayId;
    }

    String knownClinic() {
        return clinic;
    }

    @Override
    public String toString() {
        return clinic != null ? "clinic " + clinic : "pathway " + pathwayId;
    }
}
