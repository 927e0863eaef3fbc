package no.samspill.sickleave;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.person.PersonId;

/** What the sickleave module announces. Listeners run in the publishing transaction. */
public final class SickLeaveEvents {

    private SickLeaveEvents() {
    }

    /** Periods or met milestones changed, so the person's milestones may have moved. */
    @PersonData(InformationCategory.ADMIN)
    public record TimelineChanged(PersonId personId) {
    }
}
