package no.samspill.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the programme: lists, a run with its progress, and the cohort report. */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries {

    /** Sick-leave figures of a workplace are shown per workplace only from this headcount. */
    public static final int SICK_LEAVE_MIN_HEADCOUNT = Suppression.MIN_N;

    private final Cohorts cohorts;
    private final Workplaces workplaces;
    private final Runs runs;
    private final Measures measures;
    private final ContentItems content;
    private final SurveyLinks links;
    private final SurveyResponses responses;
    private final SickLeaveFigures sickLeave;
    private final SurveyDefinitions definitions;
    private final Clock clock;

    ProgrammeQueries(Cohorts cohorts, Workplaces workplaces, Runs runs, Measures measures, ContentItems content,
                     SurveyLinks links, SurveyResponses responses, SickLeaveFigures sickLeave,
                     SurveyDefinitions definitions, Clock clock) {
        this.cohorts = cohorts;
        this.workplaces = workplaces;
        this.runs = runs;
        this.measures = measures;
        this.content = content;
        this.links = links;
        this.responses = responses;
        this.sickLeave = sickLeave;
        this.definitions = definitions;
        this.clock = clock;
    }

    public List<Cohort> cohorts() {
        return cohorts.all();
    }

    public Optional<Cohort> cohort(UUID id) {
        return cohorts.byId(id);
    }

    public Optional<Allocation> allocation(UUID cohortId) {
        return cohorts.allocation(cohortId);
    }

    public List<Workplace> workplaces() {
        return workplaces.all();
    }

    public List<Workplace> workplacesIn(UUID cohortId) {
        return workplaces.inCohort(cohortId);
    }

    public Optional<Workplace> workplace(UUID id) {
        return workplaces.byId(id);
    }

    public Optional<Workplace> workplaceOf(String organisationNumber) {
        return workplaces.byOrganisationNumber(organisationNumber);
    }

    public Optional<Run> run(UUID id) {
        return runs.byId(id);
    }

    public Optional<Run> runOf(UUID workplaceId) {
        return runs.ofWorkplace(workplaceId);
    }

    public Optional<Step> step(UUID id) {
        return runs.step(id);
    }

    public Optional<Measure> measure(UUID id) {
        return measures.byId(id);
    }

    public List<ContentItem> content() {
        return content.all();
    }

    public Optional<SurveyLink> surveyLink(String token) {
        return links.byToken(token);
    }

    public SurveyDefinition survey() {
        return definitions.workplaceSurvey();
    }

    public RunProgress progress(Run run, Workplace workplace) {
        return RunProgress.of(runs.steps(run.id()), workplace.headcount(), LocalDate.now(clock));
    }

    public RunView view(Run run) {
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow();
        List<Step> steps = runs.steps(run.id());
        RunProgress progress = RunProgress.of(steps, workplace.headcount(), LocalDate.now(clock));
        List<ContentItem> material = progress.nextStep() == null ? List.of() : content.about(progress.nextStep().topic());
        Map<SurveyWave, SurveyCell> survey = surveyCells(List.of(run.id()), responses.scoreSums(List.of(run.id())))
                .getOrDefault(run.id(), Map.of());
        Map<SurveyWave, SurveyCell> shown = new EnumMap<>(SurveyWave.class);
        survey.forEach((wave, cell) -> shown.put(wave, Suppression.tooFew(cell.n()) ? SurveyCell.HIDDEN : cell));
        List<SickLeaveFigure> figures = sickLeave.of(workplace.id());
        return new RunView(workplace, workplace.cohortId() == null ? null : cohorts.byId(workplace.cohortId()).orElse(null),
                run, steps, progress, measures.ofRun(run.id()), material, links.ofRun(run.id()), shown, figures,
                comparison(figures, steps));
    }

    public CohortReport report(UUID cohortId) {
        Cohort cohort = cohorts.byId(cohortId).orElseThrow(() -> new no.samspill.shared.NotFoundException("Kohorten"));
        List<Workplace> members = workplaces.inCohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Run> runByWorkplace = new LinkedHashMap<>();
        members.forEach(w -> runs.ofWorkplace(w.id()).ifPresent(r -> runByWorkplace.put(w.id(), r)));
        List<UUID> runIds = runByWorkplace.values().stream().map(Run::id).toList();
        List<SurveyResponses.ScoreSum> sums = responses.scoreSums(runIds);
        Map<UUID, Map<SurveyWave, SurveyCell>> cells = surveyCells(runIds, sums);
        List<SurveyDefinition.Scale> scales = definitions.workplaceSurvey().scales();

        Map<UUID, Map<SurveyWave, SurveyCell>> shown = new LinkedHashMap<>();
        Map<SurveyWave, SurveyCell> totals = new EnumMap<>(SurveyWave.class);
        for (SurveyWave wave : SurveyWave.values()) {
            Map<UUID, Integer> counts = new LinkedHashMap<>();
            runIds.forEach(id -> counts.put(id, cell(cells, id, wave).n()));
            Suppression.Result<UUID> result = Suppression.apply(counts);
            for (UUID id : runIds) {
                shown.computeIfAbsent(id, k -> new EnumMap<>(SurveyWave.class))
                        .put(wave, result.shown(id) ? cell(cells, id, wave) : SurveyCell.HIDDEN);
            }
            totals.put(wave, result.totalShown() ? total(runIds, cells, wave, scales, sums) : SurveyCell.HIDDEN);
        }

        List<CohortReport.Row> rows = new ArrayList<>();
        Map<String, List<SickLeaveComparison>> byGroup = new LinkedHashMap<>();
        for (Workplace w : members) {
            Run run = runByWorkplace.get(w.id());
            List<Step> steps = run == null ? List.of() : runs.steps(run.id());
            RunProgress progress = RunProgress.of(steps, w.headcount(), today);
            SickLeaveComparison comparison = comparison(sickLeave.of(w.id()), steps);
            boolean sickLeaveShown = w.headcount() >= SICK_LEAVE_MIN_HEADCOUNT;
            rows.add(new CohortReport.Row(w, run, progress,
                    run == null ? Map.of() : shown.getOrDefault(run.id(), Map.of()), comparison, sickLeaveShown));
            if (comparison.complete()) {
                byGroup.computeIfAbsent("Alle", k -> new ArrayList<>()).add(comparison);
                if (w.arm() != null) {
                    byGroup.computeIfAbsent(w.arm().label(), k -> new ArrayList<>()).add(comparison);
                }
            }
        }
        Map<String, CohortReport.SickLeaveMeans> means = new LinkedHashMap<>();
        byGroup.forEach((group, list) -> means.put(group, new CohortReport.SickLeaveMeans(
                average(list.stream().map(SickLeaveComparison::before).toList()),
                average(list.stream().map(SickLeaveComparison::after).toList()), list.size())));
        return new CohortReport(cohort, cohorts.allocation(cohortId).orElse(null), rows, totals, scales, means);
    }

    private static SickLeaveComparison comparison(List<SickLeaveFigure> figures, List<Step> steps) {
        LocalDate first = steps.stream().map(s -> s.delivered() ? s.deliveredOn() : s.plannedOn())
                .min(LocalDate::compareTo).orElse(null);
        return SickLeaveComparison.of(figures, first, RunProgress.completedOn(steps));
    }

    private static SurveyCell cell(Map<UUID, Map<SurveyWave, SurveyCell>> cells, UUID run, SurveyWave wave) {
        return cells.getOrDefault(run, Map.of()).getOrDefault(wave, SurveyCell.EMPTY);
    }

    /** Raw (unsuppressed) cells per run and wave; callers suppress before showing. */
    private Map<UUID, Map<SurveyWave, SurveyCell>> surveyCells(List<UUID> runIds, List<SurveyResponses.ScoreSum> sums) {
        Map<UUID, Map<SurveyWave, Integer>> counts = new LinkedHashMap<>();
        responses.counts(runIds).forEach(c ->
                counts.computeIfAbsent(c.runId(), k -> new EnumMap<>(SurveyWave.class)).put(c.wave(), c.n()));
        Map<UUID, Map<SurveyWave, Map<String, BigDecimal>>> means = new LinkedHashMap<>();
        sums.forEach(s -> means.computeIfAbsent(s.runId(), k -> new EnumMap<>(SurveyWave.class))
                .computeIfAbsent(s.wave(), k -> new LinkedHashMap<>())
                .put(s.scale(), s.n() == 0 ? null : s.total().divide(BigDecimal.valueOf(s.n()), 2, RoundingMode.HALF_UP)));
        Map<UUID, Map<SurveyWave, SurveyCell>> cells = new LinkedHashMap<>();
        counts.forEach((run, perWave) -> perWave.forEach((wave, n) ->
                cells.computeIfAbsent(run, k -> new EnumMap<>(SurveyWave.class)).put(wave, new SurveyCell(true, n,
                        means.getOrDefault(run, Map.of()).getOrDefault(wave, Map.of())))));
        return cells;
    }

    private SurveyCell total(List<UUID> runIds, Map<UUID, Map<SurveyWave, SurveyCell>> cells, SurveyWave wave,
                             List<SurveyDefinition.Scale> scales, List<SurveyResponses.ScoreSum> sums) {
        int n = runIds.stream().mapToInt(id -> cell(cells, id, wave).n()).sum();
        if (n == 0) {
            return SurveyCell.EMPTY;
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (SurveyDefinition.Scale scale : scales) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (SurveyResponses.ScoreSum s : sums) {
                if (s.wave() == wave && s.scale().equals(scale.linkId()) && runIds.contains(s.runId())) {
                    sum = sum.add(s.total());
                    count += s.n();
                }
            }
            means.put(scale.linkId(), count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        }
        return new SurveyCell(true, n, means);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
