package no.samspill.trial;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.access.Viewer;
import no.samspill.pathway.Pathway;
import no.samspill.shared.RefusedChangeException;

/**
 * Who may change a pathway's part in a trial (enrol, withdraw): whoever may write the person's administrative data, and
 * only for a pathway of their own clinic.
 */
final class OwnClinic {

    private OwnClinic() {
    }

    static void require(PersonDataAccess access, Pathway pathway, String resourceType, String refusal) {
        access.requireWrite(pathway.personId().value(), InformationCategory.ADMIN, resourceType, pathway.id());
        // Access is decided per person; a patient can have pathways at two clinics. Only the pathway's own clinic acts.
        Viewer viewer = access.viewer();
        if (!viewer.system() && !pathway.clinicOrgNumber().equals(viewer.organisationNumber())) {
            throw new RefusedChangeException(refusal);
        }
    }
}
