package no.samspill.meeting;

import java.util.List;
import java.util.Optional;
import no.samspill.sickleave.MilestoneKind;

/** The kinds of meeting, each with its agenda template and the statutory milestone it satisfies, if any. */
public enum MeetingType {
    COLLABORATION("Samhandlingsmøte", null, List.of("Velkommen og hensikt med møtet",
            "Oppsummering fra den tverrfaglige kartleggingen", "Arbeidsevne, krav i jobben og muligheter for tilrettelegging",
            "Hvem gjør hva – oppgaver med frist", "Oppfølgingsplan og neste møte")),
    DIALOGUE_1("Dialogmøte 1", MilestoneKind.DIALOGUE_MEETING_1, List.of("Status for sykefraværet og arbeidsevnen",
            "Tilrettelegging som er prøvd, og hva som kan prøves", "Gjennomgang av oppfølgingsplanen",
            "Avtaler og neste steg")),
    DIALOGUE_2("Dialogmøte 2", MilestoneKind.DIALOGUE_MEETING_2, List.of("Status siden dialogmøte 1",
            "Oppfølgingsplanen: hva har virket?", "Behov for tiltak fra NAV", "Avtaler og neste steg")),
    DIALOGUE_3("Dialogmøte 3", null, List.of("Status og arbeidsevne", "Muligheter hos egen arbeidsgiver",
            "Tiltak fra NAV og veien videre", "Avtaler")),
    JOINT_DISCHARGE("Felles avslutningsmøte", null, List.of("Oppsummering av forløpet",
            "Status for arbeid og helse", "Hvem følger opp videre (fastlege, NAV, arbeidsgiver)", "Avslutning"));

    private final String label;
    private final MilestoneKind milestone;
    private final List<String> agenda;

    MeetingType(String label, MilestoneKind milestone, List<String> agenda) {
        this.label = label;
        this.milestone = milestone;
        this.agenda = agenda;
    }

    public String label() {
        return label;
    }

    public List<String> agenda() {
        return agenda;
    }

    /** The statutory milestone a held meeting of this type satisfies (DM1 by week 7, DM2 by week 26). */
    public Optional<MilestoneKind> milestone() {
        return Optional.ofNullable(milestone);
    }
}
