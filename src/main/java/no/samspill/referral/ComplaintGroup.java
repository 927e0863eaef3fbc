package no.samspill.referral;

/** The main complaint group the HelseIArbeid clinics take. */
public enum ComplaintGroup {
    MUSCULOSKELETAL("Muskel- og skjelettplager"),
    COMMON_MENTAL("Vanlige psykiske plager"),
    BOTH("Både muskel/skjelett og psykiske plager");

    private final String label;

    ComplaintGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
