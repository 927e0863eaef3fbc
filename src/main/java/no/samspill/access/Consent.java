package no.samspill.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's consent to share one category of their data with one recipient (a party, optionally a named
 * organisation) for one purpose, from a date and optionally until one. Withdrawn consents stay, as history.
 */
@PersonData(InformationCategory.ADMIN)
public record Consent(UUID id, UUID personId, Party recipient, String recipientOrganisation, InformationCategory category,
                      Purpose purpose, LocalDate validFrom, LocalDate validUntil, String givenBy, GivenHow givenHow,
                      Instant givenAt, Instant withdrawnAt, String withdrawnBy) {

    /** How the consent was given. */
    public enum GivenHow {
        SELF("Gitt av pasienten selv"),
        RECORDED_BY_CLINICIAN("Registrert av behandler etter skriftlig samtykke");

        private final String label;

        GivenHow(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean activeOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean covers(Viewer viewer, InformationCategory wanted, Purpose forPurpose) {
        return recipient == viewer.party() && category == wanted && purpose == forPurpose
                && (recipientOrganisation == null || recipientOrganisation.equals(viewer.organisationNumber()));
    }
}
