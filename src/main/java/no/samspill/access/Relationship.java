package no.samspill.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Why a party has anything to do with a person: the clinic has their pathway, the GP referred them, the employer
 * employs them (only the named nearest leader), NAV follows them up, or it is the person themself.
 * {@code userRef} is a username or national ID (nearest leader), an HPR number (GP) or a national ID (patient).
 */
@PersonData(InformationCategory.ADMIN)
public record Relationship(UUID personId, Party party, String organisationNumber, String userRef, String basis,
                           LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Does this relationship tie the viewer to the person? */
    public boolean covers(Viewer viewer) {
        if (viewer.party() != party) {
            return false;
        }
        return switch (party) {
            case CLINIC, NAV -> organisationNumber != null && organisationNumber.equals(viewer.organisationNumber());
            case GP -> userRef != null && userRef.equals(viewer.hprNumber());
            // Fails closed: an employment whose nearest leader is not named gives no one at the employer access.
            case EMPLOYER -> organisationNumber != null && organisationNumber.equals(viewer.organisationNumber())
                    && userRef != null && (userRef.equals(viewer.username()) || userRef.equals(viewer.nationalId()));
            case PATIENT -> userRef != null && userRef.equals(viewer.nationalId());
            case ANALYST, SECURITY_OFFICER, PROGRAMME -> false;
        };
    }
}
