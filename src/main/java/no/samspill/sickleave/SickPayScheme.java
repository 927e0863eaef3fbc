package no.samspill.sickleave;

/**
 * How many sick-pay days (sykepengedager, counted Monday–Friday) the person is entitled to
 * (folketrygdloven §§ 8-11, 8-12).
 */
public enum SickPayScheme {
    /** Employee (arbeidstaker): 248 days. */
    EMPLOYEE(248, "Arbeidstaker"),
    /** Everyone else, e.g. self-employed or freelancers: 250 days. */
    OTHER(250, "Annen (ikke arbeidstaker)"),
    /** The scheme itself paid the first 16 days, so no employer period is deducted: 260 days. */
    SCHEME_PAID_FIRST_16_DAYS(260, "Nav betalte de første 16 dagene");

    private final int sickPayDays;
    private final String label;

    SickPayScheme(int sickPayDays, String label) {
        this.sickPayDays = sickPayDays;
        this.label = label;
    }

    public int sickPayDays() {
        return sickPayDays;
    }

    public String label() {
        return label;
    }
}
