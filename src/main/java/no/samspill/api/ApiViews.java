package no.samspill.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayState;
import no.samspill.pathway.PathwayTask;
import no.samspill.pathway.WorklistItem;
import no.samspill.person.Patient;
import no.samspill.referral.Referral;
import no.samspill.sickleave.RegisteredSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimeline;

/** The JSON shapes the API returns. Enum values are the English constant names; labels are Norwegian. */
final class ApiViews {

    private ApiViews() {
    }

    record PatientView(UUID personId, String nationalId, String name) {
    }

    record ReferralView(UUID id, int version, PatientView patient, String referrerKind, String referrerName,
                        String referrerHpr, LocalDate receivedOn, String sickLeaveStatus, Integer sickLeaveGrade,
                        LocalDate sickLeaveSince, String complaintGroup, String diagnosisSystem, String diagnosisCode,
                        String triedSoFar, String workGoal, LocalDate assessmentDeadline, String deadlineStatus,
                        String status, LocalDate latestStartDate, String decisionText, LocalDate decidedOn,
                        boolean registeredInError, String registeredInErrorReason) {
    }

    record TaskView(UUID id, int version, String title, String owner, LocalDate dueDate, LocalDate doneOn,
                    boolean registeredInError, String registeredInErrorReason) {
    }

    record PeriodView(UUID id, LocalDate from, LocalDate to, int grade, boolean registeredInError, String reason) {
    }

    record MilestoneView(String kind, String label, String legalBasis, LocalDate dueDate, LocalDate metOn, String status) {
    }

    record TimelineView(LocalDate today, LocalDate caseStart, LocalDate caseEnd, List<PeriodView> periods,
                        List<MilestoneView> milestones, LocalDate earlyWindowFrom, LocalDate earlyWindowTo,
                        boolean todayInEarlyWindow, LocalDate maxDate, String maxDateNote, Integer remainingSickPayDays) {
    }

    /** {@code sickLeave}, {@code outcome} and {@code closingNote} are null when the viewer may not read work-function data. */
    record PathwayView(UUID id, int version, UUID referralId, PatientView patient, String clinicOrgNumber,
                       String coordinator, String state, List<String> allowedNextStates, LocalDate openedOn,
                       LocalDate closedOn, String outcome, String closingNote, List<TaskView> tasks,
                       TimelineView sickLeave) {
    }

    record WorklistItemView(UUID pathwayId, String kind, String ref, String title, LocalDate dueDate, boolean overdue,
                            String patientName) {
    }

    record WorklistView(List<WorklistItemView> items, int page, int size, boolean hasNext) {
    }

    record PathwayListItemView(UUID id, String patientName, String nationalId, String state, String stateLabel,
                               LocalDate openedOn, String coordinator) {
    }

    record PathwayListView(List<PathwayListItemView> items, int page, int size, boolean hasNext,
                           boolean tooManyNames) {
    }

    static PathwayListItemView pathwayListItem(no.samspill.pathway.PathwayListItem i) {
        return new PathwayListItemView(i.pathwayId(), i.patientName(), i.nationalId().value(), i.state().name(),
                i.state().label(), i.openedOn(), i.coordinator());
    }

    static PatientView patient(Patient p) {
        return p == null ? null : new PatientView(p.id().value(), p.nationalId().value(), p.fullName());
    }

    static ReferralView referral(Referral r, Patient patient, LocalDate today) {
        return new ReferralView(r.id(), r.version(), patient(patient), r.referrer().kind().name(), r.referrer().name(),
                r.referrer().hpr() == null ? null : r.referrer().hpr().value(), r.receivedOn(),
                r.sickLeave().status().name(), r.sickLeave().grade(), r.sickLeave().since(), r.complaintGroup().name(),
                r.diagnosis().system().name(), r.diagnosis().code(), r.triedSoFar(), r.workGoal(),
                r.assessmentDeadline(), r.deadlineStatus(today).name(), r.status().name(), r.latestStartDate(),
                r.decisionText(), r.decidedOn(), r.voided(), r.voidReason());
    }

    static TaskView task(PathwayTask t) {
        return new TaskView(t.id(), t.version(), t.title(), t.owner(), t.dueDate(), t.doneOn(), t.voidReason() != null,
                t.voidReason());
    }

    static TimelineView timeline(SickLeaveTimeline t) {
        return new TimelineView(t.today(), t.casePeriod().map(c -> c.start()).orElse(null),
                t.casePeriod().map(c -> c.end()).orElse(null),
                t.periods().stream().map(ApiViews::period).toList(),
                t.milestones().stream().map(m -> new MilestoneView(m.kind().name(), m.kind().label(),
                        m.kind().legalBasis(), m.dueDate(), m.metOn(), m.status().name())).toList(),
                t.earlyWindow().map(w -> w.from()).orElse(null), t.earlyWindow().map(w -> w.to()).orElse(null),
                t.todayInEarlyWindow(), t.maxDate().orElse(null),
                t.maxDate().isPresent() ? no.samspill.sickleave.MaxDate.LABEL : null,
                t.remainingSickPayDays().orElse(null));
    }

    static PeriodView period(RegisteredSickLeavePeriod p) {
        return new PeriodView(p.id(), p.period().from(), p.period().to(), p.period().gradePercent(), p.voided(),
                p.voidReason());
    }

    static PathwayView pathway(Pathway p, Patient patient, List<PathwayTask> tasks, SickLeaveTimeline timeline) {
        return new PathwayView(p.id(), p.version(), p.referralId(), patient(patient), p.clinicOrgNumber(), p.coordinator(),
                p.state().name(), p.state().next().stream().map(PathwayState::name).toList(), p.openedOn(), p.closedOn(),
                timeline == null ? null : p.outcome() == null ? null : p.outcome().name(),
                timeline == null ? null : p.closingNote(),
                tasks.stream().map(ApiViews::task).toList(), timeline == null ? null : timeline(timeline));
    }

    static WorklistItemView worklistItem(WorklistItem i) {
        return new WorklistItemView(i.pathwayId(), i.kind().name(), i.ref(), i.title(), i.dueDate(), i.overdue(),
                i.patientName());
    }
}
