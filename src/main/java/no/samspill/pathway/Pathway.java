package no.samspill.pathway;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.person.PersonId;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;

/** A pathway as stored. Each change checks the current state first and refuses illegal moves with a clear message. */
@PersonData(InformationCategory.ADMIN)
public record Pathway(UUID id, PersonId personId, UUID referralId, String clinicOrgNumber, String coordinator,
                      PathwayState state, LocalDate openedOn, LocalDate closedOn, Outcome outcome, String closingNote,
                      int version) {

    static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{2,100}");

    static Pathway open(UUID referralId, PersonId personId, String clinic, String coordinator, LocalDate openedOn) {
        if (coordinator != null && !USERNAME.matcher(coordinator).matches()) {
            throw InvalidInputException.of("coordinator", "Ugyldig brukernavn for koordinator");
        }
        return new Pathway(UUID.randomUUID(), personId, referralId, clinic, coordinator, PathwayState.REFERRED, openedOn,
                null, null, null, 0);
    }

    static final String AWAITS_TRIAGE = "Henvisningen er ikke vurdert ennå. Forløpet går videre når henvisningen "
            + "vurderes (rett til helsehjelp gir «" + PathwayState.TRIAGED.label() + "», ingen rett avslutter forløpet),"
            + " eller avsluttes når henvisningen registreres som feil.";

    /**
     * The coordinator moves to the next open state. Closing goes through {@link #close} so that an outcome is
     * recorded; a referred pathway moves only with its referral's triage ({@link #triaged}).
     */
    Pathway moveTo(PathwayState target) {
        if (target == PathwayState.CLOSED) {
            throw new RefusedChangeException("Bruk «Avslutt forløp» for å avslutte, slik at utfallet blir registrert");
        }
        refuseUnlessAllowedByHand(target);
        return with(target, closedOn, outcome, closingNote, coordinator);
    }

    /**
     * The referral was triaged with a right to care. A pathway that already went on (moved by hand before such moves
     * were refused) is left where it is, so the decision and its letter are never blocked by the pathway's state.
     */
    Pathway triaged() {
        if (state.awaitsTriage()) {
            return with(PathwayState.TRIAGED, closedOn, outcome, closingNote, coordinator);
        }
        return this;
    }

    /** Closes with an outcome: back at work (full/partial), new job, education, AAP or other. */
    Pathway close(Outcome outcome, String note, LocalDate today) {
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "Velg utfall når forløpet avsluttes");
        }
        if (outcome == Outcome.OTHER && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "Beskriv utfallet når «Annet» er valgt");
        }
        refuseUnlessAllowedByHand(PathwayState.CLOSED);
        return with(PathwayState.CLOSED, today, outcome, blankToNull(note), coordinator);
    }

    /** Closes without an outcome: the referral gave no right to care, or was registered in error. */
    Pathway closeWithoutOutcome(String reason, LocalDate today) {
        refuseUnlessAllowed(PathwayState.CLOSED);
        return with(PathwayState.CLOSED, today, null, reason, coordinator);
    }

    Pathway assign(String newCoordinator) {
        if (!state.open()) {
            throw new RefusedChangeException("Forløpet er avsluttet og kan ikke få ny koordinator");
        }
        if (newCoordinator == null || !USERNAME.matcher(newCoordinator).matches()) {
            throw InvalidInputException.of("coordinator", "Velg koordinator (brukernavn)");
        }
        return with(state, closedOn, outcome, closingNote, newCoordinator);
    }

    private void refuseUnlessAllowedByHand(PathwayState target) {
        if (state.awaitsTriage()) {
            throw new RefusedChangeException(AWAITS_TRIAGE);
        }
        refuseUnlessAllowed(target);
    }

    private void refuseUnlessAllowed(PathwayState target) {
        if (!state.canMoveTo(target)) {
            throw new RefusedChangeException("Forløpet kan ikke gå fra «" + state.label() + "» til «" + target.label() + "»");
        }
    }

    private Pathway with(PathwayState newState, LocalDate newClosedOn, Outcome newOutcome, String note, String coord) {
        return new Pathway(id, personId, referralId, clinicOrgNumber, coord, newState, openedOn, newClosedOn, newOutcome,
                note, version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
