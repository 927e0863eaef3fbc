package no.samspill.access;

/**
 * In what capacity a decision let (or would have let) a viewer at a person's data: the relationship the policy found,
 * or the special grounds of the roles without one. Recorded in every audit entry (as its name) so that the patient's
 * access log can say in what capacity someone looked, and the security officer can check it. Whether a consent lifted
 * a restriction is recorded beside it (the entry's consent id), not as a basis of its own: the nearest leader reads
 * work-function data as nearest leader, with the patient's consent.
 */
public enum AccessBasis {
    /** The person themself (pasient- og brukerrettighetsloven § 5-1). */
    OWN_DATA("Pasienten selv", "som deg selv"),
    /** The clinic team of the clinic holding the pathway (or the referral). */
    CLINIC_PATHWAY("Klinikken som har forløpet", "som behandler ved klinikken som har forløpet ditt"),
    /** The GP who referred the person. */
    REFERRING_GP("Henvisende fastlege", "som fastlegen som henviste deg"),
    /** The NAV office added to the team. */
    NAV_FOLLOW_UP("NAV-kontor i teamet", "som NAV-veileder"),
    /** The named nearest leader of one of the person's employments. */
    NEAREST_LEADER("Nærmeste leder", "som nærmeste leder"),
    /** The security officer controlling the access log (purpose: audit control). */
    AUDIT_CONTROL("Kontroll av tilgangsloggen", "som sikkerhetsansvarlig, for å kontrollere tilgangsloggen"),
    /** The patient's personal questionnaire link (no log-in: the link's token is the authority). */
    PERSONAL_LINK("Personlig lenke", "gjennom den personlige lenken din"),
    /** De-identified exports and aggregated indicators: statistics, with no person named. */
    STATISTICS("Statistikk uten personidentifikasjon", "til statistikk, uten navn og fødselsnummer"),
    /** The analyst's pseudonymised extract for an approved research project. */
    RESEARCH_PROJECT("Forskningsprosjekt", "til et godkjent forskningsprosjekt"),
    /** Internal processing by the application (never logged as a person's access). */
    SYSTEM("Intern behandling", "av Samspill selv, som intern behandling");

    private final String label;
    private final String phrase;

    AccessBasis(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** A short Norwegian name, for the security officer's search ("Nærmeste leder"). */
    public String label() {
        return label;
    }

    /** In what capacity, as plain Norwegian for the patient ("som nærmeste leder"). */
    public String phrase() {
        return phrase;
    }

    /** The basis a relationship of this party gives (null for the parties no relationship ties to a person). */
    public static AccessBasis of(Party party) {
        return switch (party) {
            case PATIENT -> OWN_DATA;
            case CLINIC -> CLINIC_PATHWAY;
            case GP -> REFERRING_GP;
            case NAV -> NAV_FOLLOW_UP;
            case EMPLOYER -> NEAREST_LEADER;
            case ANALYST, SECURITY_OFFICER, PROGRAMME -> null;
        };
    }

    /** The basis recorded under this name in an audit entry, or null (none recorded, or an unknown name). */
    public static AccessBasis ofRecorded(String name) {
        if (name == null) {
            return null;
        }
        for (AccessBasis b : values()) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }
}
