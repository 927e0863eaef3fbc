package no.samspill.sickleave;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The statutory milestones of a case period.
 *
 * <p>Week convention: week 1 is the case start and the six days after it, so "by week N" means by the last day
 * of week N, i.e. case start + N weeks − 1 day. This is how NAV encodes the week-8 activity requirement
 * (navikt/isaktivitetskrav), and the same rule is used for weeks 4, 7 and 26.
 */
public final class StatutoryTimeline {

    /** NAV's dialogue-meeting-2 candidate check ("stoppunkt") is case start + 119 days (navikt/isdialogmotekandidat). */
    static final int DIALOGUE_MEETING_2_CANDIDATE_DAYS = 119;

    private StatutoryTimeline() {
    }

    /** All milestones of the case period, ordered by due date (ties in the order of {@link MilestoneKind}). */
    public static List<Milestone> of(CasePeriod casePeriod, MaxDateRule rule) {
        Objects.requireNonNull(casePeriod, "Oppfølgingstilfelle mangler");
        Objects.requireNonNull(rule, "Maksdatoregel mangler");
        LocalDate start = casePeriod.start();
        return Stream.of(
                        // folketrygdloven § 8-19: the employer pays days 1–16
                        new Milestone(MilestoneKind.EMPLOYER_PERIOD_END,
                                start.plusDays(MaxDate.EMPLOYER_PERIOD_DAYS - 1)),
                        // arbeidsmiljøloven § 4-6 (3): follow-up plan by week 4
                        new Milestone(MilestoneKind.FOLLOW_UP_PLAN, endOfWeek(start, 4)),
                        // arbeidsmiljøloven § 4-6 (4): dialogue meeting 1 by week 7
                        new Milestone(MilestoneKind.DIALOGUE_MEETING_1, endOfWeek(start, 7)),
                        // folketrygdloven § 8-8 (2): activity by week 8
                        new Milestone(MilestoneKind.ACTIVITY_REQUIREMENT, endOfWeek(start, 8)),
                        // NAV practice, week 17: a check date, not a deadline, so NAV's own day count is kept
                        new Milestone(MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE,
                                start.plusDays(DIALOGUE_MEETING_2_CANDIDATE_DAYS)),
                        // folketrygdloven § 8-7a: dialogue meeting 2 by week 26
                        new Milestone(MilestoneKind.DIALOGUE_MEETING_2, endOfWeek(start, 26)),
                        new Milestone(MilestoneKind.WEEK_39_LETTER, MaxDate.week39LetterDate(casePeriod, rule)),
                        new Milestone(MilestoneKind.MAX_DATE, MaxDate.of(casePeriod, rule)))
                .sorted(Comparator.comparing(Milestone::dueDate).thenComparing(Milestone::kind))
                .toList();
    }

    /** The last day of week {@code week} of a case: case start + week weeks − 1 day. */
    public static LocalDate endOfWeek(LocalDate caseStart, int week) {
        if (week < 1) {
            throw new IllegalArgumentException("Uke må være 1 eller mer");
        }
        return caseStart.plusWeeks(week).minusDays(1);
    }
}
