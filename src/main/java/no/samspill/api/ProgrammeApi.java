package no.samspill.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.programme.AddMeasure;
import no.samspill.programme.Allocation;
import no.samspill.programme.Arm;
import no.samspill.programme.CloseSurveyWave;
import no.samspill.programme.CohortReport;
import no.samspill.programme.ContactPerson;
import no.samspill.programme.CreateCohort;
import no.samspill.programme.EditWorkplace;
import no.samspill.programme.EnrolWorkplace;
import no.samspill.programme.HealthContributor;
import no.samspill.programme.Measure;
import no.samspill.programme.NewWorkplace;
import no.samspill.programme.OpenSurvey;
import no.samspill.programme.PostponeRun;
import no.samspill.programme.ProgrammeAccess;
import no.samspill.programme.ProgrammeQueries;
import no.samspill.programme.RandomiseCohort;
import no.samspill.programme.RecordReview;
import no.samspill.programme.RecordSickLeave;
import no.samspill.programme.Run;
import no.samspill.programme.RunProgress;
import no.samspill.programme.RunView;
import no.samspill.programme.SetReviewDate;
import no.samspill.programme.Step;
import no.samspill.programme.StepUpdate;
import no.samspill.programme.SurveyCell;
import no.samspill.programme.SurveyWave;
import no.samspill.programme.UpdateMeasure;
import no.samspill.programme.UpdateStep;
import no.samspill.programme.WithdrawWorkplace;
import no.samspill.programme.Workplace;
import no.samspill.programme.WorkplaceChange;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workplace programme over JSON: enrol, plan and deliver steps, measures, cohorts, randomisation, sick-leave
 * figures, closing survey waves, postponing a later-arm run, and the cohort report (survey cells published by
 * decision 0032), editing and withdrawing a workplace, the review date and the follow-up of measures. Programme
 * owners may do everything; a workplace contact may read their own workplace's run, report its sick leave and set
 * the status of its measures.
 */
@RestController
@RequestMapping("/api/v1/programme")
class ProgrammeApi {

    private final ProgrammeQueries queries;
    private final ProgrammeAccess access;
    private final EnrolWorkplace enrol;
    private final UpdateStep updateStep;
    private final AddMeasure addMeasure;
    private final UpdateMeasure updateMeasure;
    private final CreateCohort createCohort;
    private final RandomiseCohort randomise;
    private final RecordSickLeave recordSickLeave;
    private final OpenSurvey openSurvey;
    private final CloseSurveyWave closeSurvey;
    private final PostponeRun postponeRun;
    private final EditWorkplace editWorkplace;
    private final WithdrawWorkplace withdrawWorkplace;
    private final SetReviewDate setReviewDate;
    private final RecordReview recordReview;
    private final CurrentUsers users;

    ProgrammeApi(ProgrammeQueries queries, ProgrammeAccess access, EnrolWorkplace enrol, UpdateStep updateStep,
                 AddMeasure addMeasure, UpdateMeasure updateMeasure, CreateCohort createCohort,
                 RandomiseCohort randomise, RecordSickLeave recordSickLeave, OpenSurvey openSurvey,
                 CloseSurveyWave closeSurvey, PostponeRun postponeRun, EditWorkplace editWorkplace,
                 WithdrawWorkplace withdrawWorkplace, SetReviewDate setReviewDate, RecordReview recordReview,
                 CurrentUsers users) {
        this.queries = queries;
        this.access = access;
        this.enrol = enrol;
        this.updateStep = updateStep;
        this.addMeasure = addMeasure;
        this.updateMeasure = updateMeasure;
        this.createCohort = createCohort;
        this.randomise = randomise;
        this.recordSickLeave = recordSickLeave;
        this.openSurvey = openSurvey;
        this.closeSurvey = closeSurvey;
        this.postponeRun = postponeRun;
        this.editWorkplace = editWorkplace;
        this.withdrawWorkplace = withdrawWorkplace;
        this.setReviewDate = setReviewDate;
        this.recordReview = recordReview;
        this.users = users;
    }

    record EnrolRequest(String organisationNumber, String name, String sector, Integer headcount, UUID cohortId,
                        String template, String firstSession, List<ContactPerson> contacts,
                        List<HealthContributor> contributors) {
    }

    record StepRequest(Integer version, String plannedOn, String deliveredOn, Integer attendance, String notes) {
    }

    record MeasureRequest(String what, String ownerRole, String dueOn) {
    }

    record MeasureStatusRequest(Integer version, String status) {
    }

    record CohortRequest(String name, String region, String startsOn) {
    }

    record SickLeaveRequest(Integer year, Integer quarter, BigDecimal percent) {
    }

    record WorkplaceJson(UUID id, int version, String organisationNumber, String name, String sector, int headcount,
                         UUID cohortId, String arm, LocalDate withdrawnOn, List<ContactPerson> contacts,
                         List<HealthContributor> contributors, UUID runId, ProgressJson progress) {
    }

    record ProgressJson(int delivered, int total, int percent, String phase, UUID nextStepId, String nextStep,
                        LocalDate nextStepPlannedOn, int overdue, Integer attendancePercent) {
    }

    record StepJson(UUID id, int position, String kind, String topic, String title, LocalDate plannedOn,
                    LocalDate deliveredOn, Integer attendance, String notes, int version) {
    }

    record MeasureJson(UUID id, String what, String ownerRole, LocalDate dueOn, String status, int version) {
    }

    /** {@code status}: SHOWN, SUPPRESSED (too few answers, decision 0032) or NOT_PUBLISHED (a wave still open). */
    record SurveyCellJson(String status, boolean suppressed, Integer n, Map<String, BigDecimal> means) {
    }

    record PostponeRequest(Integer version, String firstSession) {
    }

    record WorkplaceRequest(Integer version, String name, String sector, Integer headcount, UUID cohortId,
                            List<ContactPerson> contacts, List<HealthContributor> contributors) {
    }

    record VersionRequest(Integer version) {
    }

    record ReviewDateRequest(Integer version, String reviewOn) {
    }

    record ReviewRequest(Integer version, String reviewedOn, String outcome) {
    }

    record ReviewDueJson(UUID runId, UUID workplaceId, String workplace, LocalDate reviewOn, boolean overdue) {
    }

    record RunJson(UUID id, int version, String template, LocalDate reviewOn, LocalDate reviewedOn,
                   String reviewOutcome, LocalDate postponedTo,
                   WorkplaceJson workplace, List<StepJson> steps, List<MeasureJson> measures,
                   Map<SurveyWave, SurveyCellJson> survey, List<SurveyWave> closedWaves) {
    }

    record ReportRowJson(UUID workplaceId, String name, String arm, ProgressJson progress,
                         Map<SurveyWave, SurveyCellJson> survey, BigDecimal sickLeaveBefore, BigDecimal sickLeaveAfter) {
    }

    record ReportJson(UUID cohortId, String name, Allocation allocation, List<ReportRowJson> workplaces,
                      Map<SurveyWave, SurveyCellJson> totals, Map<String, Map<SurveyWave, SurveyCellJson>> arms,
                      Map<String, CohortReport.SickLeaveMeans> sickLeave) {
    }

    @GetMapping("/workplaces")
    List<WorkplaceJson> workplaces() {
        owner();
        ProgrammeQueries.Overview overview = queries.overview();
        return overview.workplaces().stream().map(w -> workplace(w, overview.runs().get(w.id()),
                overview.progress().get(w.id()))).toList();
    }

    @PostMapping("/workplaces")
    @ResponseStatus(HttpStatus.CREATED)
    RunJson enrol(@RequestBody EnrolRequest body) {
        CurrentUser user = owner();
        Run run = enrol.enrol(new NewWorkplace(body.organisationNumber(), body.name(), body.sector(),
                body.headcount() == null ? null : String.valueOf(body.headcount()),
                body.cohortId() == null ? null : body.cohortId().toString(), body.template(), body.firstSession(),
                body.contacts(), body.contributors()), user.username());
        return run(queries.view(run));
    }

    @GetMapping("/runs/{id}")
    RunJson run(@PathVariable UUID id) {
        CurrentUser user = users.current();
        Run run = queries.run(id).orElseThrow(() -> new NotFoundException("Programløpet"));
        access.requireView(user, queries.workplace(run.workplaceId()).orElseThrow());
        return run(queries.view(run));
    }

    @GetMapping("/mine")
    RunJson mine() {
        CurrentUser user = users.current();
        access.requireProgrammeUser(user);
        Workplace w = queries.workplaceOf(user.organisationNumber() == null ? "" : user.organisationNumber())
                .orElseThrow(() -> new NotFoundException("Programmet"));
        access.requireView(user, w);
        return run(queries.view(queries.runOf(w.id()).orElseThrow(() -> new NotFoundException("Programmet"))));
    }

    @PutMapping("/runs/{id}/steps/{stepId}")
    StepJson step(@PathVariable UUID id, @PathVariable UUID stepId, @RequestBody StepRequest body) {
        owner();
        queries.step(stepId).filter(s -> s.runId().equals(id)).orElseThrow(() -> new NotFoundException("Trinnet"));
        if (body.version() == null) {
            throw no.samspill.shared.InvalidInputException.of("version", "Må fylles ut");
        }
        return step(updateStep.update(stepId, new StepUpdate(body.version(), body.plannedOn(), body.deliveredOn(),
                body.attendance() == null ? null : String.valueOf(body.attendance()), body.notes())));
    }

    @PostMapping("/runs/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    MeasureJson addMeasure(@PathVariable UUID id, @RequestBody MeasureRequest body) {
        CurrentUser user = owner();
        return measure(addMeasure.add(id, body.what(), body.ownerRole(), body.dueOn(), user.username()));
    }

    @PutMapping("/runs/{id}/measures/{measureId}")
    MeasureJson measureStatus(@PathVariable UUID id, @PathVariable UUID measureId, @RequestBody MeasureStatusRequest body) {
        Run run = queries.run(id).orElseThrow(() -> new NotFoundException("Programløpet"));
        access.requireView(users.current(), queries.workplace(run.workplaceId()).orElseThrow());
        queries.measure(measureId).filter(m -> m.runId().equals(id)).orElseThrow(() -> new NotFoundException("Tiltaket"));
        if (body.version() == null) {
            throw no.samspill.shared.InvalidInputException.of("version", "Må fylles ut");
        }
        return measure(updateMeasure.setStatus(measureId, body.version(), body.status()));
    }

    @PostMapping("/runs/{id}/surveys/{wave}")
    Map<String, String> openSurvey(@PathVariable UUID id, @PathVariable SurveyWave wave) {
        CurrentUser user = owner();
        return Map.of("path", openSurvey.open(id, wave, user.username()).path());
    }

    @PutMapping("/workplaces/{id}")
    WorkplaceJson editWorkplace(@PathVariable UUID id, @RequestBody WorkplaceRequest body) {
        owner();
        queries.workplace(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen"));
        return workplace(editWorkplace.edit(id, new WorkplaceChange(version(body.version()), body.name(), body.sector(),
                body.headcount() == null ? null : String.valueOf(body.headcount()),
                body.cohortId() == null ? null : body.cohortId().toString(), body.contacts(), body.contributors())));
    }

    @PostMapping("/workplaces/{id}/withdrawal")
    WorkplaceJson withdraw(@PathVariable UUID id, @RequestBody VersionRequest body) {
        CurrentUser user = owner();
        return workplace(withdrawWorkplace.withdraw(id, version(body.version()), user.username()));
    }

    @PutMapping("/runs/{id}/review")
    RunJson reviewDate(@PathVariable UUID id, @RequestBody ReviewDateRequest body) {
        owner();
        setReviewDate.set(id, version(body.version()), body.reviewOn());
        return run(queries.view(queries.run(id).orElseThrow(() -> new NotFoundException("Programløpet"))));
    }

    @PostMapping("/runs/{id}/reviews")
    RunJson review(@PathVariable UUID id, @RequestBody ReviewRequest body) {
        owner();
        return run(queries.view(recordReview.record(id, version(body.version()), body.reviewedOn(), body.outcome())));
    }

    @GetMapping("/reviews-due")
    List<ReviewDueJson> reviewsDue() {
        owner();
        return queries.reviewsDue().stream().map(d -> new ReviewDueJson(d.run().id(), d.workplace().id(),
                d.workplace().name(), d.run().reviewOn(), d.overdue())).toList();
    }

    @PostMapping("/runs/{id}/surveys/{wave}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void closeSurvey(@PathVariable UUID id, @PathVariable SurveyWave wave) {
        closeSurvey.close(id, wave, owner().username());
    }

    @PostMapping("/runs/{id}/postponement")
    RunJson postpone(@PathVariable UUID id, @RequestBody PostponeRequest body) {
        owner();
        if (body.version() == null) {
            throw no.samspill.shared.InvalidInputException.of("version", "Må fylles ut");
        }
        return run(queries.view(postponeRun.postpone(id, body.version(), body.firstSession())));
    }

    @PostMapping("/cohorts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> cohort(@RequestBody CohortRequest body) {
        CurrentUser user = owner();
        var cohort = createCohort.create(body.name(), body.region(), body.startsOn(), user.username());
        return Map.of("id", cohort.id(), "name", cohort.name(), "startsOn", cohort.startsOn());
    }

    @PostMapping("/cohorts/{id}/randomisation")
    @ResponseStatus(HttpStatus.CREATED)
    Allocation randomise(@PathVariable UUID id) {
        return randomise.randomise(id, owner().username());
    }

    @GetMapping("/cohorts/{id}/report")
    ReportJson report(@PathVariable UUID id) {
        owner();
        CohortReport r = queries.report(id);
        return new ReportJson(r.cohort().id(), r.cohort().name(), r.allocation(), r.rows().stream()
                .map(row -> new ReportRowJson(row.workplace().id(), row.workplace().name(),
                        row.workplace().arm() == null ? null : row.workplace().arm().name(), progress(row.progress()),
                        cells(row.survey()), row.sickLeaveShown() ? row.sickLeave().before() : null,
                        row.sickLeaveShown() ? row.sickLeave().after() : null)).toList(),
                cells(r.totals()), arms(r.armTotals()), r.sickLeaveByGroup());
    }

    @PostMapping("/workplaces/{id}/sick-leave")
    @ResponseStatus(HttpStatus.CREATED)
    Object sickLeave(@PathVariable UUID id, @RequestBody SickLeaveRequest body) {
        CurrentUser user = users.current();
        access.requireView(user, queries.workplace(id).orElseThrow(() -> new NotFoundException("Arbeidsplassen")));
        return recordSickLeave.record(id, body.year() == null ? null : String.valueOf(body.year()),
                body.quarter() == null ? null : String.valueOf(body.quarter()),
                body.percent() == null ? null : body.percent().toPlainString(), user.username());
    }

    private RunJson run(RunView v) {
        return new RunJson(v.run().id(), v.run().version(), v.run().templateKey(), v.run().reviewOn(),
                v.run().reviewedOn(), v.run().reviewOutcome(), v.run().postponedTo(), workplace(v.workplace(), v.run(), v.progress()),
                v.steps().stream().map(ProgrammeApi::step).toList(),
                v.measures().stream().map(ProgrammeApi::measure).toList(), cells(v.survey()),
                v.closedWaves().stream().sorted().toList());
    }

    private WorkplaceJson workplace(Workplace w) {
        Run run = queries.runOf(w.id()).orElse(null);
        return workplace(w, run, run == null ? null : queries.progress(run, w));
    }

    private static WorkplaceJson workplace(Workplace w, Run run, RunProgress progress) {
        return new WorkplaceJson(w.id(), w.version(), w.organisationNumber().value(), w.name(), w.sector().name(),
                w.headcount(), w.cohortId(), w.arm() == null ? null : w.arm().name(), w.withdrawnOn(), w.contacts(),
                w.contributors(), run == null ? null : run.id(),
                progress == null ? null : progress(progress));
    }

    private static ProgressJson progress(RunProgress p) {
        Step next = p.nextStep();
        return new ProgressJson(p.delivered(), p.total(), p.percent(), p.phase().name(), next == null ? null : next.id(),
                next == null ? null : next.title(), next == null ? null : next.plannedOn(), p.overdue().size(),
                p.attendancePercent());
    }

    private static StepJson step(Step s) {
        return new StepJson(s.id(), s.position(), s.kind().name(), s.topic().name(), s.title(), s.plannedOn(),
                s.deliveredOn(), s.attendance(), s.notes(), s.version());
    }

    private static MeasureJson measure(Measure m) {
        return new MeasureJson(m.id(), m.what(), m.ownerRole().name(), m.dueOn(), m.status().name(), m.version());
    }

    private static Map<SurveyWave, SurveyCellJson> cells(Map<SurveyWave, SurveyCell> cells) {
        Map<SurveyWave, SurveyCellJson> result = new java.util.EnumMap<>(SurveyWave.class);
        cells.forEach((wave, c) -> result.put(wave, new SurveyCellJson(c.status().name(),
                c.status() == SurveyCell.Status.SUPPRESSED, c.shown() ? c.n() : null, c.shown() ? c.means() : Map.of())));
        return result;
    }

    private static Map<String, Map<SurveyWave, SurveyCellJson>> arms(Map<Arm, Map<SurveyWave, SurveyCell>> arms) {
        Map<String, Map<SurveyWave, SurveyCellJson>> result = new java.util.LinkedHashMap<>();
        arms.forEach((arm, cells) -> result.put(arm.name(), cells(cells)));
        return result;
    }

    private static int version(Integer version) {
        if (version == null) {
            throw no.samspill.shared.InvalidInputException.of("version", "Må fylles ut");
        }
        return version;
    }

    private CurrentUser owner() {
        CurrentUser user = users.current();
        access.requireOwner(user);
        return user;
    }
}
