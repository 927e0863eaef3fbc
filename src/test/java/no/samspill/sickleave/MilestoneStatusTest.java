package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MilestoneStatusTest {

    private static final LocalDate TODAY = date("2026-03-10");

    @Test
    void doneWinsEvenWhenDoneLate() {
        assertThat(MilestoneStatus.of(date("2026-03-01"), date("2026-03-05"), TODAY)).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void overdueFromTheDayAfterTheDueDate() {
        assertThat(MilestoneStatus.of(date("2026-03-09"), null, TODAY)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    @Test
    void dueTodayAndWithinTheNextSevenDaysCountingToday() {
        assertThat(MilestoneStatus.of(TODAY, null, TODAY)).isEqualTo(MilestoneStatus.DUE);
        assertThat(MilestoneStatus.of(date("2026-03-16"), null, TODAY)).isEqualTo(MilestoneStatus.DUE);
        assertThat(MilestoneStatus.of(date("2026-03-17"), null, TODAY)).isEqualTo(MilestoneStatus.UPCOMING);
    }

    @Test
    void labelsAreNorwegian() {
        assertThat(MilestoneStatus.DONE.label()).isEqualTo("Utført");
        assertThat(MilestoneStatus.OVERDUE.label()).isEqualTo("Forfalt");
        assertThat(MilestoneStatus.DUE.label()).isEqualTo("Forfaller snart");
        assertThat(MilestoneStatus.UPCOMING.label()).isEqualTo("Kommende");
        assertThat(MilestoneStatus.NOT_RELEVANT.label()).isEqualTo("Ikke aktuelt – sykmeldingen er avsluttet");
        assertThat(MilestoneStatus.PASSED.label()).isEqualTo("Passert");
        assertThat(MilestoneStatus.MET_BY_GRADED_LEAVE.label()).isEqualTo("Oppfylt – gradert sykmelding");
        assertThat(MilestoneStatus.ON_REQUEST.label()).isEqualTo("Ved behov – gradert sykmeldt til uke 7");
    }

    @Test
    void milestoneDelegatesToTheStatusRule() {
        var plan = new Milestone(MilestoneKind.FOLLOW_UP_PLAN, date("2026-02-01"));

        assertThat(plan.status(null, TODAY)).isEqualTo(MilestoneStatus.OVERDUE);
    }

    /**
     * Worked examples for the rule with the case's leave. Case start Monday 2026-01-05 (employee, no birth date):
     * employer period ends Tue 01-20, plan Sun 02-01, DM1 Sun 02-22, activity requirement Sun 03-01, NAV's DM2 check
     * Mon 05-04, DM2 Sun 07-05, week-39 letter and max date later (the forecast assumes the leave goes on).
     */
    @Nested
    class WithTheCasesLeave {

        Map<MilestoneKind, MilestoneStatus> statuses(CasePeriod c, LocalDate today) {
            return StatutoryTimeline.of(c, MaxDateRule.of(SickPayScheme.EMPLOYEE)).stream()
                    .collect(Collectors.toMap(Milestone::kind, m -> m.status(c, null, today)));
        }

        @Test
        void backAtWorkTheMilestonesAfterTheLastSickDayAreNotRelevantAndTheMissedOnesStayOverdue() {
            // Full leave 01-05..02-10, today 03-10: back at work for four weeks.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-02-10"));
            Map<MilestoneKind, MilestoneStatus> s = statuses(c, TODAY);

            assertThat(s.get(MilestoneKind.FOLLOW_UP_PLAN)).isEqualTo(MilestoneStatus.OVERDUE);          // 02-01 ≤ 02-10
            assertThat(s.get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.NOT_RELEVANT); // 02-22 > 02-10
            assertThat(s.get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
            assertThat(s.get(MilestoneKind.DIALOGUE_MEETING_2)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
            assertThat(s.get(MilestoneKind.WEEK_39_LETTER)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
            assertThat(s.get(MilestoneKind.MAX_DATE)).isEqualTo(MilestoneStatus.NOT_RELEVANT);
            assertThat(s.get(MilestoneKind.EMPLOYER_PERIOD_END)).isEqualTo(MilestoneStatus.PASSED);
        }

        @Test
        void whileTheLeaveLastsTheLaterMilestonesAreOpenAsUsual() {
            // Same leave, today 02-05: still sick. The last sick day is today or later: nothing has ended.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-02-10"));
            assertThat(statuses(c, date("2026-02-05")).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(c, date("2026-02-10")).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(c, date("2026-02-11")).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.NOT_RELEVANT);
        }

        @Test
        void aRecordedDateWinsOverEverything() {
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-02-10"));
            Milestone dm1 = new Milestone(MilestoneKind.DIALOGUE_MEETING_1, date("2026-02-22"));
            assertThat(dm1.status(c, date("2026-02-09"), TODAY)).isEqualTo(MilestoneStatus.DONE);
        }

        @Test
        void gradedLeaveOnTheActivityRequirementDayMeetsItButSixFullWeeksKeepDialogueMeeting1Due() {
            // Full 01-05..02-15, then 50 % 02-16..03-31: graded on 02-22 (DM1) and 03-01 (activity requirement), but
            // fully sick-listed for six weeks, so the employer still calls DM1 by week 7.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-02-15"),
                    SickLeaveFixtures.graded("2026-02-16", "2026-03-31", 50));
            Map<MilestoneKind, MilestoneStatus> s = statuses(c, TODAY);

            assertThat(s.get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(MilestoneStatus.MET_BY_GRADED_LEAVE);
            assertThat(s.get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.OVERDUE);
            assertThat(s.get(MilestoneKind.FOLLOW_UP_PLAN)).isEqualTo(MilestoneStatus.OVERDUE);
            assertThat(MilestoneStatus.MET_BY_GRADED_LEAVE.met()).isTrue();
        }

        @Test
        void gradedLeaveFromTheFirstDayMakesDialogueMeeting1OnRequest() {
            // 50 % 01-05..03-31: never fully sick-listed up to 02-22, so DM1 is held only if a party asks for it.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-03-31", 50));
            Map<MilestoneKind, MilestoneStatus> s = statuses(c, TODAY);

            assertThat(s.get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.ON_REQUEST);
            assertThat(s.get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(MilestoneStatus.MET_BY_GRADED_LEAVE);
            assertThat(MilestoneStatus.ON_REQUEST.open()).isFalse();
            assertThat(MilestoneStatus.ON_REQUEST.met()).isFalse();
            // Held anyway: recorded as done like any other milestone.
            Milestone dm1 = new Milestone(MilestoneKind.DIALOGUE_MEETING_1, date("2026-02-22"));
            assertThat(dm1.status(c, date("2026-02-18"), TODAY)).isEqualTo(MilestoneStatus.DONE);
        }

        @Test
        void oneFullySickListedDayUpToTheDueDayMakesDialogueMeeting1ADeadline() {
            // 50 % throughout, with one 100 % day on the due day itself (02-22), or an overlapping 100 % week.
            CasePeriod onTheDueDay = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-03-31", 40),
                    SickLeaveFixtures.leave("2026-02-22", "2026-02-22"));
            CasePeriod overlapping = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-03-31", 40),
                    SickLeaveFixtures.leave("2026-01-12", "2026-01-18"));
            CasePeriod theDayAfter = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-03-31", 40),
                    SickLeaveFixtures.leave("2026-02-23", "2026-02-23"));

            assertThat(statuses(onTheDueDay, TODAY).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.OVERDUE);
            assertThat(statuses(overlapping, TODAY).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.OVERDUE);
            assertThat(statuses(theDayAfter, TODAY).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.ON_REQUEST);
        }

        @Test
        void aForecastFollowsTheRegisteredLeaveAndFullLeaveRegisteredLaterMakesItADeadline() {
            // Today 01-20: 50 % registered through 01-31 only. Nothing fully sick-listed yet: on request.
            LocalDate today = date("2026-01-20");
            CasePeriod graded = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-01-31", 50));
            assertThat(statuses(graded, today).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.ON_REQUEST);
            // A full leave from 02-01 is registered: DM1 (02-22) becomes a deadline, not yet due.
            CasePeriod thenFull = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-01-31", 50),
                    SickLeaveFixtures.leave("2026-02-01", "2026-02-28"));
            assertThat(statuses(thenFull, today).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(thenFull, date("2026-02-16")).get(MilestoneKind.DIALOGUE_MEETING_1))
                    .isEqualTo(MilestoneStatus.DUE);
        }

        @Test
        void fullLeaveOnTheDayWinsOverAnOverlappingGradedPeriod() {
            // 100 % throughout, and a 50 % period 02-20..03-05 overlapping it: the fullest grade counts.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-03-31"),
                    SickLeaveFixtures.graded("2026-02-20", "2026-03-05", 50));
            Map<MilestoneKind, MilestoneStatus> s = statuses(c, TODAY);

            assertThat(s.get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(MilestoneStatus.OVERDUE);
            assertThat(s.get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.OVERDUE);
        }

        @Test
        void gradedLeaveEndingBeforeTheCheckpointDoesNotMeetIt() {
            // 50 % 01-05..02-27, then full 02-28..03-31: full on 03-01.
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.graded("2026-01-05", "2026-02-27", 50),
                    SickLeaveFixtures.leave("2026-02-28", "2026-03-31"));
            assertThat(statuses(c, TODAY).get(MilestoneKind.ACTIVITY_REQUIREMENT)).isEqualTo(MilestoneStatus.OVERDUE);
            // Graded through week 7: full leave from week 8 on does not make DM1 a deadline (weeks count from the start).
            assertThat(statuses(c, TODAY).get(MilestoneKind.DIALOGUE_MEETING_1)).isEqualTo(MilestoneStatus.ON_REQUEST);
        }

        @Test
        void informationalDatesPassInsteadOfGoingOverdue() {
            CasePeriod c = SickLeaveFixtures.caseOf(SickLeaveFixtures.leave("2026-01-05", "2026-12-31"));
            assertThat(statuses(c, date("2026-01-15")).get(MilestoneKind.EMPLOYER_PERIOD_END))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(c, date("2026-01-20")).get(MilestoneKind.EMPLOYER_PERIOD_END))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(c, date("2026-01-21")).get(MilestoneKind.EMPLOYER_PERIOD_END))
                    .isEqualTo(MilestoneStatus.PASSED);
            assertThat(statuses(c, date("2026-03-20")).get(MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE))
                    .isEqualTo(MilestoneStatus.UPCOMING);
            assertThat(statuses(c, date("2026-05-05")).get(MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE))
                    .isEqualTo(MilestoneStatus.PASSED);
            assertThat(statuses(c, date("2026-05-05")).values()).doesNotContain(MilestoneStatus.MET_BY_GRADED_LEAVE);
        }
    }
}
