package no.samspill.trial;

/** A trial is drafted, then opened (the sequence or the clinic allocation is drawn); a closed trial refuses enrolment. */
public enum TrialStatus {
    DRAFT("Utkast"),
    OPEN("Åpen for inklusjon"),
    CLOSED("Avsluttet");

    private final String label;

    TrialStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
