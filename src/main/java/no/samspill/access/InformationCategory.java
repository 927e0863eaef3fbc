package no.samspill.access;

/**
 * Every piece of person data belongs to one category (../shared/domain/access.md). The category decides who may see it.
 */
public enum InformationCategory {
    /** Appointments, meeting times, contact person, pathway state. */
    ADMIN("Administrative opplysninger", "avtaler, møtetider, kontaktperson og hvor du er i forløpet"),
    /** Work capacity, restrictions, adjustments, the return-to-work plan, work status. */
    WORK_FUNCTION("Arbeidsevne og tilrettelegging", "hva du kan og ikke kan gjøre på jobb, tilrettelegging, oppfølgingsplan og sykmeldingsperioder"),
    /** Diagnosis (ICPC-2/ICD-10), clinical notes, questionnaire answers and scores. */
    HEALTH("Helseopplysninger", "diagnose, hva som er prøvd, notater fra behandlere, svar på spørreskjema");

    private final String label;
    private final String plainLanguage;

    InformationCategory(String label, String plainLanguage) {
        this.label = label;
        this.plainLanguage = plainLanguage;
    }

    public String label() {
        return label;
    }

    /** What the category covers, in words a patient understands. */
    public String plainLanguage() {
        return plainLanguage;
    }
}
