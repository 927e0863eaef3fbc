package no.samspill.programme;

/** What a session or a piece of content is about. */
public enum Topic {
    MUSCULOSKELETAL("Muskel- og skjelettplager"),
    COMMON_MENTAL("Vanlige psykiske plager"),
    STRESS_COPING("Stress og mestring"),
    COMMUNICATION("Kommunikasjon"),
    FILMS("Filmene"),
    IA_PROCESS("IA-prosessen");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
