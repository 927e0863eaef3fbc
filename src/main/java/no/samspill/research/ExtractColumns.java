package no.samspill.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import no.samspill.identifiers.NationalIdNumber;

/**
 * The one definition of an extract's columns: what the dataset holds and what the data dictionary says, from the
 * same list. Adding a column here adds it to both. There is no column for names, national ID numbers, birth dates,
 * contact details or free text (notes, work goals, reasons, decision letters): the view research_source does not even
 * offer them, except the national ID number, which only the pseudonym and the age band and sex are computed from.
 */
public final class ExtractColumns {

    /** How a column's value is made from a source row and the extract's settings. */
    record Settings(byte[] secret, DateGranularity granularity) {
    }

    /** One column: its name, type, description, source, category, allowed values and, if optional, its group. */
    public record Column(String name, String type, String description, String source, String category,
                         String allowedValues, VariableGroup group, Kind kind,
                         BiFunction<SourceRow, Settings, String> value) {
    }

    /** Quasi-identifiers are checked for small cells; dates are coarsened to the year when a row is generalised. */
    public enum Kind { PLAIN, QUASI_IDENTIFIER, DATE, QUASI_IDENTIFIER_DATE }

    private static final String DATE_VALUES = "yyyy-mm-dd (DAY) or yyyy-mm (MONTH); yyyy when generalised; empty if none";

    static final List<Column> ALL = columns(
            new Column("pseudonym", "string",
                    "The person's pseudonym: HMAC-SHA256 of the national ID number under the project's secret key, "
                            + "first 100 bits in base32. The same person has the same pseudonym in every extract of "
                            + "this project, and an unrelated one in any other project.",
                    "person.national_id (keyed hash; the number itself is never exported)", "ADMIN",
                    Pseudonyms.LENGTH + " characters a-z, 2-7", null, Kind.PLAIN,
                    (r, s) -> Pseudonyms.of(s.secret(), r.nationalId())),
            new Column("age_band", "string", "Age when the pathway opened, in bands (no birth date).",
                    "person.national_id (birth date) and pathway.opened_on", "ADMIN",
                    String.join(", ", AgeBand.ALL) + ", *", null, Kind.QUASI_IDENTIFIER,
                    (r, s) -> AgeBand.of(NationalIdNumber.parse(r.nationalId()).ageOn(r.openedOn()))),
            new Column("sex", "string", "Legal sex as coded in the national ID number.",
                    "person.national_id (individual number)", "ADMIN", "F, M, *", null, Kind.QUASI_IDENTIFIER,
                    (r, s) -> NationalIdNumber.parse(r.nationalId()).sex().name().substring(0, 1)),
            new Column("clinic", "string", "Organisation number of the Helse og arbeid clinic running the pathway.",
                    "pathway.clinic_org_number", "ADMIN", "9-digit organisation number", null, Kind.QUASI_IDENTIFIER,
                    (r, s) -> r.clinic()),
            new Column("complaint_group", "string", "Complaint group given in the referral.",
                    "referral.complaint_group", "HEALTH", "MUSCULOSKELETAL, COMMON_MENTAL, BOTH", null, Kind.PLAIN,
                    (r, s) -> r.complaintGroup()),
            new Column("referral_received", "date", "When the referral was received.", "referral.received_on",
                    "ADMIN", DATE_VALUES, null, Kind.DATE, (r, s) -> s.granularity().format(r.receivedOn())),
            new Column("pathway_opened", "date", "When the pathway opened.", "pathway.opened_on", "ADMIN",
                    DATE_VALUES, null, Kind.QUASI_IDENTIFIER_DATE, (r, s) -> s.granularity().format(r.openedOn())),
            new Column("pathway_closed", "date", "When the pathway closed (empty while open).", "pathway.closed_on",
                    "ADMIN", DATE_VALUES, null, Kind.DATE, (r, s) -> s.granularity().format(r.closedOn())),
            new Column("pathway_state", "string", "State of the pathway on the extract day.", "pathway.state", "ADMIN",
                    "REFERRED, TRIAGED, IN_ASSESSMENT, IN_FOLLOW_UP, CLOSED", null, Kind.PLAIN, (r, s) -> r.state()),
            new Column("outcome", "string", "Outcome recorded when the pathway closed (empty: open, or closed "
                    + "without outcome).", "pathway.outcome", "WORK_FUNCTION",
                    "BACK_AT_WORK_FULL, BACK_AT_WORK_PARTIAL, NEW_JOB, EDUCATION, WORK_ASSESSMENT_ALLOWANCE, OTHER",
                    VariableGroup.OUTCOME, Kind.PLAIN, (r, s) -> nullToEmpty(r.outcome())),
            milestone("plan_met", "FOLLOW_UP_PLAN", "Follow-up plan made (arbeidsmiljøloven § 4-6 (3))"),
            milestone("dialogue_meeting_1_met", "DIALOGUE_MEETING_1", "Dialogue meeting 1 held (arbeidsmiljøloven § 4-6 (4))"),
            milestone("activity_requirement_met", "ACTIVITY_REQUIREMENT", "Activity requirement met (folketrygdloven § 8-8 (2))"),
            milestone("dialogue_meeting_2_met", "DIALOGUE_MEETING_2", "Dialogue meeting 2 held (folketrygdloven § 8-7a)"),
            score("phq9", "phq-9", "PHQ-9 depression", "0-27", "baseline"),
            score("phq9", "phq-9", "PHQ-9 depression", "0-27", "follow_up"),
            score("gad7", "gad-7", "GAD-7 anxiety", "0-21", "baseline"),
            score("gad7", "gad-7", "GAD-7 anxiety", "0-21", "follow_up"),
            score("ompsq", "ompsq-sf", "Örebro (ÖMPSQ short form) risk", "0-100", "baseline"),
            score("ompsq", "ompsq-sf", "Örebro (ÖMPSQ short form) risk", "0-100", "follow_up"),
            score("wsas", "wsas", "Work and Social Adjustment Scale", "0-40", "baseline"),
            score("wsas", "wsas", "Work and Social Adjustment Scale", "0-40", "follow_up"),
            score("was", "work-ability-score", "Work Ability Score", "0-10", "baseline"),
            score("was", "work-ability-score", "Work Ability Score", "0-10", "follow_up"),
            new Column("trial_code", "string", "Code of the trial the pathway is enrolled in (empty: not enrolled).",
                    "trial_enrolment, trial.code", "ADMIN", "trial codes", VariableGroup.TRIAL, Kind.PLAIN,
                    (r, s) -> nullToEmpty(r.trialCode())),
            new Column("trial_arm", "string", "Arm the pathway was allocated to at enrolment (empty: not enrolled).",
                    "trial_enrolment.arm", "ADMIN", "arm codes of the trial", VariableGroup.TRIAL, Kind.PLAIN,
                    (r, s) -> nullToEmpty(r.trialArm())));

    private ExtractColumns() {
    }

    /** The columns of a project: the core ones and those of its chosen groups, in the fixed order above. */
    public static List<Column> forProject(Set<VariableGroup> groups) {
        List<Column> columns = new ArrayList<>();
        for (Column c : ALL) {
            if (c.group() == null || groups.contains(c.group())) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static Column milestone(String name, String kind, String description) {
        return new Column(name, "date", description + ": the latest date it was marked as met for the person.",
                "milestone_met (kind " + kind + ")", "WORK_FUNCTION", DATE_VALUES, VariableGroup.MILESTONES, Kind.DATE,
                (r, s) -> s.granularity().format(r.milestones().get(kind)));
    }

    private static Column score(String prefix, String instrument, String label, String range, String when) {
        String at = when.equals("baseline") ? "at the first complete response of the pathway"
                : "at the latest complete response, when there is more than one";
        return new Column(prefix + "_" + when, "integer", label + " total " + at + " (empty: none).",
                "questionnaire_score (instrument " + instrument + ")", "HEALTH", range, VariableGroup.SCORES, Kind.PLAIN,
                (r, s) -> number(r.scores().get(instrument + ":" + when)));
    }

    private static List<Column> columns(Column... columns) {
        return List.of(columns);
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
