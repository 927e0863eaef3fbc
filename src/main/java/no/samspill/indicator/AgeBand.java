package no.samspill.indicator;

/** Age bands at referral, in completed years. */
public enum AgeBand {
    UNDER_30("Under 30"),
    FROM_30_TO_39("30–39"),
    FROM_40_TO_49("40–49"),
    FROM_50_TO_59("50–59"),
    FROM_60("60 og over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand of(int age) {
        if (age < 30) {
            return UNDER_30;
        }
        if (age < 40) {
            return FROM_30_TO_39;
        }
        if (age < 50) {
            return FROM_40_TO_49;
        }
        return age < 60 ? FROM_50_TO_59 : FROM_60;
    }
}
