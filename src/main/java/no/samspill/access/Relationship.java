package no.samspill.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Why a party has anything to do with a person: the clinic has their pathway, the GP referred them, the employer
 * employs them (optionally: only this nearest leader), NAV follows them up, or it is the person themself.
 * {@code userRef} is a username (nearest leader, NAV counsellor), an HPR number (GP) or a national ID (patient).
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
            case EMPLOYER -> organisationNumber != null && organisationNumber.equals(viewer.organisationNumber())
                    && (userRef == null || userRef.equals(viewer.username()));
            case PATIENT -> userRef != null && userRef.equals(viewer.nationalId());
            case ANALYST, SECURITY_OFFICER, PROGRAMME -> false;
        };
    }
}
