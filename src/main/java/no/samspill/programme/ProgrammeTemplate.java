package no.samspill.programme;

import java.util.List;
import java.util.Optional;

/**
 * The steps a run follows, in order, with the default spacing from the first session. Knowledge sessions come
 * first, then the films with support material, then the IA-process workshops.
 */
public record ProgrammeTemplate(String key, String name, List<Step> steps) {

    /** One step of a template, planned {@code weeksFromStart} after the first session. */
    public record Step(StepKind kind, Topic topic, String title, int weeksFromStart) {
    }

    public static final ProgrammeTemplate STANDARD = new ProgrammeTemplate("STANDARD", "Standard (sju trinn)", List.of(
            new Step(StepKind.KNOWLEDGE, Topic.MUSCULOSKELETAL, "Kunnskapsøkt: muskel- og skjelettplager", 0),
            new Step(StepKind.KNOWLEDGE, Topic.COMMON_MENTAL, "Kunnskapsøkt: vanlige psykiske plager", 2),
            new Step(StepKind.KNOWLEDGE, Topic.STRESS_COPING, "Kunnskapsøkt: stress og mestring", 4),
            new Step(StepKind.KNOWLEDGE, Topic.COMMUNICATION, "Kunnskapsøkt: kommunikasjon på arbeidsplassen", 6),
            new Step(StepKind.FILM, Topic.FILMS, "Filmene med støttemateriell", 8),
            new Step(StepKind.WORKSHOP, Topic.IA_PROCESS, "IA-verksted 1: vår arbeidsdag", 10),
            new Step(StepKind.WORKSHOP, Topic.IA_PROCESS, "IA-verksted 2: tiltak, eier og frist", 12)));

    public static final ProgrammeTemplate COMPACT = new ProgrammeTemplate("COMPACT", "Kort (fire trinn)", List.of(
            new Step(StepKind.KNOWLEDGE, Topic.MUSCULOSKELETAL, "Kunnskapsøkt: muskel- og skjelettplager og psykiske plager", 0),
            new Step(StepKind.KNOWLEDGE, Topic.STRESS_COPING, "Kunnskapsøkt: stress, mestring og kommunikasjon", 2),
            new Step(StepKind.FILM, Topic.FILMS, "Filmene med støttemateriell", 4),
            new Step(StepKind.WORKSHOP, Topic.IA_PROCESS, "IA-verksted: vår arbeidsdag og tiltak", 6)));

    public static final List<ProgrammeTemplate> ALL = List.of(STANDARD, COMPACT);

    public static Optional<ProgrammeTemplate> byKey(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Parses a template key from user input. */
    public static ProgrammeTemplate parse(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("Velg et opplegg"));
    }
}
