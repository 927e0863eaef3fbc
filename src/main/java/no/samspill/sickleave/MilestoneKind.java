package no.samspill.sickleave;

/**
 * The statutory follow-up milestones of a case period (../shared/domain/sick-leave.md).
 * {@link #actionableForClinicCoordinator()} marks the milestones where the clinic coordinator can do something
 * (prepare, remind, take part); the others are shown for orientation only.
 */
public enum MilestoneKind {
    EMPLOYER_PERIOD_END("Arbeidsgiverperioden slutter", "folketrygdloven § 8-19",
            ResponsibleParty.EMPLOYER, false),
    FOLLOW_UP_PLAN("Oppfølgingsplan", "arbeidsmiljøloven § 4-6 (3)",
            ResponsibleParty.EMPLOYER, true),
    DIALOGUE_MEETING_1("Dialogmøte 1", "arbeidsmiljøloven § 4-6 (4)",
            ResponsibleParty.EMPLOYER, true),
    ACTIVITY_REQUIREMENT("Aktivitetskrav", "folketrygdloven § 8-8 (2)",
            ResponsibleParty.NAV, true),
    DIALOGUE_MEETING_2_CANDIDATE("Nav vurderer dialogmøte 2", "Nav-praksis",
            ResponsibleParty.NAV, false),
    DIALOGUE_MEETING_2("Dialogmøte 2", "folketrygdloven § 8-7a",
            ResponsibleParty.NAV, true),
    WEEK_39_LETTER("Informasjonsbrev uke 39", "Nav-praksis",
            ResponsibleParty.NAV, true),
    MAX_DATE("Maksdato for sykepenger", "folketrygdloven §§ 8-11, 8-12",
            ResponsibleParty.NAV, false);

    private final String label;
    private final String legalBasis;
    private final ResponsibleParty responsible;
    private final boolean actionableForClinicCoordinator;

    MilestoneKind(String label, String legalBasis, ResponsibleParty responsible,
                  boolean actionableForClinicCoordinator) {
        this.label = label;
        this.legalBasis = legalBasis;
        this.responsible = responsible;
        this.actionableForClinicCoordinator = actionableForClinicCoordinator;
    }

    public String label() {
        return label;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public ResponsibleParty responsible() {
        return responsible;
    }

    public boolean actionableForClinicCoordinator() {
        return actionableForClinicCoordinator;
    }
}
