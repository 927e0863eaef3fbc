package no.samspill.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import no.samspill.identifiers.Sex;
import no.samspill.pathway.WorkStatus;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.TimelineMilestone;

/**
 * What the owning modules say about one pathway, read through their public queries: the inputs of {@link #fact()}.
 *
 * @param decidedOn        the day of the final triage decision (right to care or not), null while none
 * @param meetingsHeldOn   the days of the pathway's meetings that were held
 * @param caseStart        first day of the person's latest case period, null without sick leave
 * @param milestones       due and met dates of the case period's milestones that are duties (met may be null); see
 *                         {@link #deadlines(SickLeaveTimeline)}
 * @param psychOutcome     the paired PHQ-9/GAD-7 outcome from {@code instrument.ChangeRules}, null without scores
 * @param wsasChange       last minus first complete WSAS, null with fewer than two
 */
@PersonData(InformationCategory.HEALTH)
public record FactInputs(UUID pathwayId, String clinic, LocalDate receivedOn, String complaintGroup,
                         LocalDate birthDate, Sex sex, String arm, boolean referralVoided, LocalDate decisionDeadline,
                         LocalDate decidedOn, boolean rightToCare, boolean closedWithoutOutcome, LocalDate assessedOn,
                         Collection<LocalDate> meetingsHeldOn, LocalDate caseStart, Integer sickDays,
                         Map<MilestoneKind, Deadline> milestones, Map<Integer, WorkStatus> workStatus,
                         no.samspill.instrument.ChangeRules.Outcome psychOutcome, Integer wsasChange,
                         Integer wasChange, boolean hasBaseline, boolean hasFollowUp) {

    /** A milestone's due date and the day it was met (null when not met). */
    public record Deadline(LocalDate due, LocalDate met) {
    }

    /**
     * The deadlines a timeline sets: its milestones with due and met dates, leaving out a milestone that is no duty in
     * this case, as the timeline judges it ({@link SickLeaveTimeline#isDuty}): dialogue meeting 1 held only on request
     * (no fully sick-listed day up to week 7, decision 0043), and any milestone due after the case's last registered
     * sick day (the person is back at work, decision 0045). Such a milestone counts in neither the numerator nor the
     * denominator of its indicator, also when it was met.
     */
    static Map<MilestoneKind, Deadline> deadlines(SickLeaveTimeline timeline) {
        Map<MilestoneKind, Deadline> deadlines = new EnumMap<>(MilestoneKind.class);
        for (TimelineMilestone m : timeline.milestones()) {
            if (timeline.isDuty(m)) {
                deadlines.put(m.kind(), new Deadline(m.dueDate(), m.metOn()));
            }
        }
        return deadlines;
    }

    public PathwayFact fact() {
        Objects.requireNonNull(receivedOn, "receivedOn");
        LocalDate firstAppointment = Stream.concat(Stream.ofNullable(assessedOn), meetingsHeldOn.stream())
                .min(Comparator.naturalOrder()).orElse(null);
        int age = birthDate == null || receivedOn.isBefore(birthDate) ? 0
                : java.time.Period.between(birthDate, receivedOn).getYears();
        Deadline plan = milestones.get(MilestoneKind.FOLLOW_UP_PLAN);
        Deadline dm1 = milestones.get(MilestoneKind.DIALOGUE_MEETING_1);
        Deadline dm2 = milestones.get(MilestoneKind.DIALOGUE_MEETING_2);
        var psych = psychOutcome;
        boolean assessable = psych != null
                && psych.combined() != no.samspill.instrument.ReliableChange.NOT_AVAILABLE;
        return new PathwayFact(pathwayId, YearMonth.from(receivedOn).atDay(1), clinic, complaintGroup,
                AgeBand.of(age), sex == null ? "UNKNOWN" : sex.name(), arm, referralVoided, receivedOn,
                decisionDeadline, decidedOn, rightToCare, closedWithoutOutcome, firstAppointment,
                caseStart, caseStart == null ? null : sickDays,
                due(plan), met(plan), due(dm1), met(dm1), due(dm2), met(dm2), assessedOn,
                workStatus.get(3), workStatus.get(6), workStatus.get(12),
                assessable, assessable && psych.casenessAtStart(),
                assessable && psych.combined() == no.samspill.instrument.ReliableChange.IMPROVEMENT,
                assessable && psych.recovered(), assessable && psych.reliablyRecovered(),
                wsasChange, wasChange, hasBaseline, hasFollowUp);
    }

    private static LocalDate due(Deadline d) {
        return d == null ? null : d.due();
    }

    private static LocalDate met(Deadline d) {
        return d == null ? null : d.met();
    }
}
