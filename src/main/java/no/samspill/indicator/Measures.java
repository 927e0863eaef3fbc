package no.samspill.indicator;

/** The names of the counters in indicator_cell; histograms carry the value in the bucket. */
final class Measures {

    static final String PATHWAYS = "pathways";
    static final String DECISION_TOTAL = "decision_total";
    static final String DECISION_IN_TIME = "decision_in_time";
    static final String DECISION_DAYS = "decision_days";
    static final String FIRST_APPOINTMENT_DAYS = "first_appt_days";
    static final String FIRST_CONTACT_DAYS = "first_contact_days";
    static final String FOLLOW_UP_PLAN_TOTAL = "fup_total";
    static final String FOLLOW_UP_PLAN_IN_TIME = "fup_in_time";
    static final String DM1_TOTAL = "dm1_total";
    static final String DM1_IN_TIME = "dm1_in_time";
    static final String DM2_TOTAL = "dm2_total";
    static final String DM2_IN_TIME = "dm2_in_time";
    static final String WORK_STATUS_3 = "ws3";
    static final String WORK_STATUS_6 = "ws6";
    static final String WORK_STATUS_12 = "ws12";
    static final String SICK_DAYS = "sick_days";
    static final String PSYCH_ASSESSABLE = "psych_assessable";
    static final String PSYCH_IMPROVED = "psych_improved";
    static final String PSYCH_CASE_AT_START = "psych_case_start";
    static final String PSYCH_RECOVERED = "psych_recovered";
    static final String PSYCH_RELIABLY_RECOVERED = "psych_rel_recovered";
    static final String WSAS_CHANGE = "wsas_change";
    static final String WAS_CHANGE = "was_change";
    static final String CARE = "care";
    static final String COMPLETE_DATA = "complete_data";

    /** Keys of the open deadlines, taken out of their denominators on the day of the query. */
    static final String PENDING_DECISION = "decision";
    static final String PENDING_FOLLOW_UP_PLAN = "fup";
    static final String PENDING_DM1 = "dm1";
    static final String PENDING_DM2 = "dm2";

    private Measures() {
    }
}
