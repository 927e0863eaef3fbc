package no.samspill.questionnaire;

import no.samspill.shared.RefusedChangeException;

/** A response was recorded for a person who has no open pathway to put it on. */
public class NoOpenPathwayException extends RefusedChangeException {

    NoOpenPathwayException() {
        super("Pasienten har ikke noe åpent forløp");
    }
}
