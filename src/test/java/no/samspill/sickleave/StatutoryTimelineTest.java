package no.samspill.sickleave;

import static no.samspill.sickleave.SickLeaveFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class StatutoryTimelineTest {

    @Test
    void caseStartingMonday5January2026ForAnEmployee() {
        // Case start Monday 2026-01-05, continuous full leave, employee (248 days), no birth date:
        //  EMPLOYER_PERIOD_END          day 16 = start + 15 days              = Tue 2026-01-20
        //  FOLLOW_UP_PLAN               by week 4 = start + 4 weeks - 1 day   = Sun 2026-02-01
        //  DIALOGUE_MEETING_1           by week 7 = start + 7 weeks - 1 day   = Sun 2026-02-22
        //  ACTIVITY_REQUIREMENT         by week 8 = start + 8 weeks - 1 day   = Sun 2026-03-01
        //  DIALOGUE_MEETING_2_CANDIDATE start + 119 days (NAV)                = Mon 2026-05-04
        //  DIALOGUE_MEETING_2           by week 26 = start + 26 weeks - 1 day = Sun 2026-07-05
        //  Sick-pay days start Wed 2026-01-21: Wed-Fri = 3 days, then 245 = 49 full weeks from Mon 2026-01-26.
        //  MAX_DATE                     the 248th weekday                     = Fri 2027-01-01
        //  WEEK_39_LETTER               the 158th (248 - 90), 3 + 31 weeks    = Fri 2026-08-28
        var milestones = StatutoryTimeline.of(
                SickLeaveFixtures.caseStartingMonday20260105(), MaxDateRule.of(SickPayScheme.EMPLOYEE));

        assertThat(milestones).extracting(Milestone::kind, Milestone::dueDate).containsExactly(
                tuple(MilestoneKind.EMPLOYER_PERIOD_END, date("2026-01-20")),
                tuple(MilestoneKind.FOLLOW_UP_PLAN, date("2026-02-01")),
                tuple(MilestoneKind.DIALOGUE_MEETING_1, date("2026-02-22")),
                tuple(MilestoneKind.ACTIVITY_REQUIREMENT, date("2026-03-01")),
                tuple(MilestoneKind.DIALOGUE_MEETING_2_CANDIDATE, date("2026-05-04")),
                tuple(MilestoneKind.DIALOGUE_MEETING_2, date("2026-07-05")),
                tuple(MilestoneKind.WEEK_39_LETTER, date("2026-08-28")),
                tuple(MilestoneKind.MAX_DATE, date("2027-01-01")));
    }

    @Test
    void endOfWeekOneIsTheSixthDayAfterTheStart() {
        assertThat(StatutoryTimeline.endOfWeek(date("2026-01-05"), 1)).isEqualTo(date("2026-01-11"));
    }

    @Test
    void milestonesCarryNorwegianLabelsLegalBasisAndResponsibleParty() {
        assertThat(MilestoneKind.FOLLOW_UP_PLAN.label()).isEqualTo("Oppfølgingsplan");
        assertThat(MilestoneKind.FOLLOW_UP_PLAN.legalBasis()).isEqualTo("arbeidsmiljøloven § 4-6 (3)");
        assertThat(MilestoneKind.FOLLOW_UP_PLAN.responsible()).isEqualTo(ResponsibleParty.EMPLOYER);
        assertThat(MilestoneKind.DIALOGUE_MEETING_2.responsible()).isEqualTo(ResponsibleParty.NAV);
        assertThat(MilestoneKind.EMPLOYER_PERIOD_END.actionableForClinicCoordinator()).isFalse();
        assertThat(MilestoneKind.ACTIVITY_REQUIREMENT.actionableForClinicCoordinator()).isTrue();
    }
}
