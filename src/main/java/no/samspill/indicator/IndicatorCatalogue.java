package no.samspill.indicator;

import java.util.List;
import java.util.Optional;

/**
 * Every indicator Samspill computes, in one place: id, version, title, numerator, denominator, exclusions and the
 * rule it follows. The dashboard renders these texts as the definition of each figure, and {@link Formulas} says how
 * each is computed from the aggregate cells. Pathways whose referral was registered in error count nowhere.
 */
public final class IndicatorCatalogue {

    static final String IN_ERROR = "Henvisninger registrert feil telles ikke.";
    /** Decision 0045: a milestone due after the case's last registered sick day is no duty (FactInputs.deadlines). */
    static final String AFTER_CASE = " Frister etter siste registrerte sykmeldingsdag telles ikke: da er personen"
            + " tilbake i arbeid, og fristen telles ikke heller når den er oppfylt.";
    /** The precision of a median or percentile of days (the buckets of {@link DayBands}). */
    static final String DAY_BANDS = " Nøyaktig til og med dag 56 (8 uker). Deretter telles dagene i uker til og med "
            + "dag 182 (26 uker) og så i 4-ukersperioder; en verdi der oppgis som første dag i sin uke eller periode "
            + "(høyst 6 eller 27 dager under den eksakte verdien).";

    private static final List<IndicatorDefinition> ALL = List.of(
            new IndicatorDefinition("decision-within-10-working-days", 1,
                    "Vurdering av rett til helsehjelp innen 10 virkedager", IndicatorKind.RATE, "%",
                    "Henvisninger med endelig vurdering (rett / ikke rett) senest på fristdagen",
                    "Henvisninger i perioden, unntatt de som ennå er innenfor fristen uten vurdering",
                    IN_ERROR + " «Trenger mer informasjon» er ikke en endelig vurdering.",
                    "pasient- og brukerrettighetsloven § 2-2: vurdering innen 10 virkedager"),
            new IndicatorDefinition("decision-days-median", 2,
                    "Dager fra henvisning til vurdering (median)", IndicatorKind.MEDIAN, "dager",
                    "Kalenderdager fra mottatt henvisning til endelig vurdering." + DAY_BANDS, "Henvisninger med endelig vurdering",
                    IN_ERROR, "pasient- og brukerrettighetsloven § 2-2"),
            new IndicatorDefinition("referral-to-first-appointment-median", 2,
                    "Dager fra henvisning til første time (median)", IndicatorKind.MEDIAN, "dager",
                    "Kalenderdager fra mottatt henvisning til første time (første avholdte møte eller kartlegging, "
                            + "det som kom først)." + DAY_BANDS, "Forløp med første time", IN_ERROR,
                    "HelseIArbeid: rask tilgang til tverrfaglig vurdering"),
            new IndicatorDefinition("referral-to-first-appointment-p90", 2,
                    "Dager fra henvisning til første time (90-persentil)", IndicatorKind.P90, "dager",
                    "Som medianen: 90 % av forløpene fikk første time innen så mange dager." + DAY_BANDS, "Forløp med første time",
                    IN_ERROR, "HelseIArbeid: rask tilgang til tverrfaglig vurdering"),
            new IndicatorDefinition("sick-day-to-first-contact-median", 2,
                    "Dager fra første sykmeldingsdag til første kontakt med klinikken (median)", IndicatorKind.MEDIAN,
                    "dager", "Kalenderdager fra første dag i oppfølgingstilfellet til første time." + DAY_BANDS,
                    "Forløp med sykmelding og første time", IN_ERROR
                            + " Forløp uten sykmelding, og første time før sykmeldingen, telles ikke.",
                    "Det tidlige vinduet, uke 8–12 (HelseIArbeid konseptrapport 2016)"),
            new IndicatorDefinition("first-contact-within-8-weeks", 1,
                    "Første kontakt innen 8 uker fra første sykmeldingsdag", IndicatorKind.RATE, "%",
                    "Forløp med første time senest dag 56 av sykefraværet", "Forløp med sykmelding og første time",
                    IN_ERROR + " Forløp uten sykmelding telles ikke.",
                    "Det tidlige vinduet; folketrygdloven § 8-8 (2) aktivitetsplikt ved 8 uker"),
            new IndicatorDefinition("first-contact-within-12-weeks", 1,
                    "Første kontakt innen 12 uker fra første sykmeldingsdag", IndicatorKind.RATE, "%",
                    "Forløp med første time senest dag 84 av sykefraværet", "Forløp med sykmelding og første time",
                    IN_ERROR + " Forløp uten sykmelding telles ikke.",
                    "Det tidlige vinduet (HelseIArbeid konseptrapport 2016)"),
            new IndicatorDefinition("follow-up-plan-by-week-4", 2, "Oppfølgingsplan innen uke 4", IndicatorKind.RATE,
                    "%", "Forløp der oppfølgingsplanen er markert laget senest på fristen",
                    "Forløp med sykmelding der fristen er passert eller planen er laget",
                    IN_ERROR + " Forløp uten sykmelding telles ikke; frister som ennå ikke er passert telles ikke."
                            + AFTER_CASE,
                    "arbeidsmiljøloven § 4-6 (3): oppfølgingsplan innen 4 uker"),
            new IndicatorDefinition("dialogue-meeting-1-by-week-7", 3, "Dialogmøte 1 innen uke 7",
                    IndicatorKind.RATE, "%", "Forløp der dialogmøte 1 er holdt senest på fristen",
                    "Forløp med sykmelding der fristen er passert eller møtet er holdt",
                    IN_ERROR + " Forløp uten sykmelding telles ikke; frister som ennå ikke er passert telles ikke."
                            + " Forløp uten noen dag 100 % sykmeldt fram til uke 7 telles ikke: da holdes møtet bare"
                            + " ved behov, og det telles ikke heller når det er holdt." + AFTER_CASE,
                    "arbeidsmiljøloven § 4-6 (4): dialogmøte 1 innen 7 uker"),
            new IndicatorDefinition("dialogue-meeting-2-by-week-26", 2, "Dialogmøte 2 innen uke 26",
                    IndicatorKind.RATE, "%", "Forløp der dialogmøte 2 er holdt senest på fristen",
                    "Forløp med sykmelding der fristen er passert eller møtet er holdt",
                    IN_ERROR + " Forløp uten sykmelding telles ikke; frister som ennå ikke er passert telles ikke."
                            + AFTER_CASE,
                    "folketrygdloven § 8-7 a: dialogmøte 2 innen 26 uker"),
            new IndicatorDefinition("work-status-3-months", 1, "Arbeidsstatus 3 måneder etter kartlegging",
                    IndicatorKind.DISTRIBUTION, "%", "Forløp per status (full jobb, delvis, ikke i jobb, utdanning, AAP)",
                    "Forløp med registrert arbeidsstatus etter 3 måneder", IN_ERROR,
                    "HelseIArbeid: arbeidsdeltakelse som hovedutfall"),
            new IndicatorDefinition("work-status-6-months", 1, "Arbeidsstatus 6 måneder etter kartlegging",
                    IndicatorKind.DISTRIBUTION, "%", "Forløp per status (full jobb, delvis, ikke i jobb, utdanning, AAP)",
                    "Forløp med registrert arbeidsstatus etter 6 måneder", IN_ERROR,
                    "HelseIArbeid: arbeidsdeltakelse som hovedutfall"),
            new IndicatorDefinition("work-status-12-months", 1, "Arbeidsstatus 12 måneder etter kartlegging",
                    IndicatorKind.DISTRIBUTION, "%", "Forløp per status (full jobb, delvis, ikke i jobb, utdanning, AAP)",
                    "Forløp med registrert arbeidsstatus etter 12 måneder", IN_ERROR,
                    "HelseIArbeid: arbeidsdeltakelse som hovedutfall"),
            new IndicatorDefinition("sick-leave-days-median", 2, "Sykefraværsdager i tilfellet (median)",
                    IndicatorKind.MEDIAN, "dager",
                    "Kalenderdager dekket av registrerte sykmeldinger i det siste oppfølgingstilfellet (overlapp telles "
                            + "én gang, gradert sykmelding teller fullt, annullerte perioder telles ikke)." + DAY_BANDS,
                    "Forløp med sykmelding", IN_ERROR + " Forløp uten sykmelding telles ikke.",
                    "folketrygdloven § 8-2 (16-dagersregelen for oppfølgingstilfellet)"),
            new IndicatorDefinition("reliable-improvement", 1, "Reliabel bedring (PHQ-9/GAD-7)", IndicatorKind.RATE,
                    "%", "Forløp med reliabel bedring fra første til siste måling (PHQ-9 ≥ 6 eller GAD-7 ≥ 4 ned, "
                            + "uten reliabel forverring på det andre målet)",
                    "Forløp med minst to komplette målinger på PHQ-9 eller GAD-7",
                    IN_ERROR + " Ufullstendige og erstattede skjema telles ikke.",
                    "NHS Talking Therapies; beslutning 0005"),
            new IndicatorDefinition("recovery", 1, "Recovery (PHQ-9/GAD-7)", IndicatorKind.RATE, "%",
                    "Forløp over klinisk grense ved første måling og under ved siste",
                    "Forløp over klinisk grense (PHQ-9 ≥ 10 eller GAD-7 ≥ 8) ved første måling, med minst to målinger",
                    IN_ERROR + " Ufullstendige og erstattede skjema telles ikke.", "NHS Talking Therapies"),
            new IndicatorDefinition("reliable-recovery", 1, "Reliabel recovery (PHQ-9/GAD-7)", IndicatorKind.RATE, "%",
                    "Forløp med både recovery og reliabel bedring",
                    "Forløp over klinisk grense ved første måling, med minst to målinger",
                    IN_ERROR + " Ufullstendige og erstattede skjema telles ikke.", "NHS Talking Therapies"),
            new IndicatorDefinition("wsas-change-mean", 1, "Endring i WSAS (gjennomsnitt)", IndicatorKind.MEAN,
                    "poeng", "Siste minus første komplette WSAS-sum (negativt er bedre)",
                    "Forløp med minst to komplette WSAS-målinger",
                    IN_ERROR + " Ufullstendige og erstattede skjema telles ikke.",
                    "Work and Social Adjustment Scale (Mundt mfl. 2002)"),
            new IndicatorDefinition("was-change-mean", 1, "Endring i Work Ability Score (gjennomsnitt)",
                    IndicatorKind.MEAN, "poeng", "Siste minus første komplette WAS (positivt er bedre)",
                    "Forløp med minst to komplette WAS-målinger",
                    IN_ERROR + " Ufullstendige og erstattede skjema telles ikke.", "Work Ability Index, spørsmål 1"),
            new IndicatorDefinition("data-completeness", 1, "Komplett baseline og oppfølging", IndicatorKind.RATE,
                    "%", "Forløp med minst én komplett baselinemåling og minst én oppfølgingsmåling på samme skjema",
                    "Forløp med rett til helsehjelp",
                    IN_ERROR + " Forløp uten rett til helsehjelp og forløp avsluttet uten utfall telles ikke.",
                    "Rådsmøtet 2021: «Det som måles, er det tjenestene bryr seg om»"));

    private IndicatorCatalogue() {
    }

    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static Optional<IndicatorDefinition> find(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
