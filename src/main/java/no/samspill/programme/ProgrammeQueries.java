package no.samspill.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samspill.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the programme: lists, a run with its progress, and the cohort report. */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries {

    /** Sick-leave figures of a workplace are shown per workplace only from this headcount. */
    public static final int SICK_LEAVE_MIN_HEADCOUNT = Suppression.MIN_N;

    /** How far ahead the overview lists follow-ups that are due. */
    public static final int REVIEW_DUE_DAYS = 14;

    /** The name of the sick-leave group of all workplaces in a cohort. */
    public static final String ALL = "Alle";

    private final Cohorts cohorts;
    private final Workplaces workplaces;
    private final Runs runs;
    private final Measures measures;
    private final ContentItems content;
    private final SurveyLinks links;
    private final SurveyResponses responses;
    private final SickLeaveFigures sickLeave;
    private final SurveyDefinitions definitions;
    private final SurveyWaves waves;
    private final SurveyWindowCheck window;
    private final Clock clock;

    ProgrammeQueries(Cohorts cohorts, Workplaces workplaces, Runs runs, Measures measures, ContentItems content,
                     SurveyLinks links, SurveyResponses responses, SickLeaveFigures sickLeave,
                     SurveyDefinitions definitions, SurveyWaves waves, SurveyWindowCheck window, Clock clock) {
        this.cohorts = cohorts;
        this.workplaces = workplaces;
        this.runs = runs;
        this.measures = measures;
        this.content = content;
        this.links = links;
        this.responses = responses;
        this.sickLeave = sickLeave;
        this.definitions = definitions;
        this.waves = waves;
        this.window = window;
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

    /** Why the link's wave takes no answers today ({@link SurveyWindow}), or empty when it does. */
    public Optional<String> surveyRefusal(SurveyLink link) {
        return window.refusal(link.runId(), link.wave(), LocalDate.now(clock));
    }

    public SurveyDefinition survey() {
        return definitions.workplaceSurvey();
    }

    public RunProgress progress(Run run, Workplace workplace) {
        return RunProgress.of(runs.steps(run.id()), workplace.headcount(), LocalDate.now(clock));
    }

    /** A run whose measures are due for follow-up, with its workplace. */
    public record ReviewDue(Workplace workplace, Run run, boolean overdue) {
    }

    /**
     * Runs whose measures are to be followed up within {@value #REVIEW_DUE_DAYS} days, or overdue, and have not been:
     * the owner's overview lists them.
     */
    public List<ReviewDue> reviewsDue() {
        LocalDate today = LocalDate.now(clock);
        List<Run> dueRuns = runs.reviewsDueBy(today.plusDays(REVIEW_DUE_DAYS));
        Map<UUID, Workplace> byId = workplaces.byIds(dueRuns.stream().map(Run::workplaceId).toList());
        List<ReviewDue> due = new ArrayList<>();
        for (Run run : dueRuns) {
            Optional.ofNullable(byId.get(run.workplaceId())).filter(w -> !w.withdrawn())
                    .ifPresent(w -> due.add(new ReviewDue(w, run, run.reviewOn().isBefore(today))));
        }
        return due;
    }

    /** Every workplace with its run and the run's progress (a workplace without a run is absent from both maps). */
    public record Overview(List<Workplace> workplaces, Map<UUID, Run> runs, Map<UUID, RunProgress> progress) {
    }

    /** The owner's overview: every workplace, its run and progress, read with a fixed number of queries. */
    public Overview overview() {
        List<Workplace> all = workplaces.all();
        Map<UUID, Run> runByWorkplace = runsOf(all);
        Map<UUID, List<Step>> steps = runs.stepsOf(runByWorkplace.values().stream().map(Run::id).toList());
        LocalDate today = LocalDate.now(clock);
        Map<UUID, RunProgress> progress = new LinkedHashMap<>();
        for (Workplace w : all) {
            Run run = runByWorkplace.get(w.id());
            if (run != null) {
                progress.put(w.id(), RunProgress.of(steps.getOrDefault(run.id(), List.of()), w.headcount(), today));
            }
        }
        return new Overview(all, runByWorkplace, progress);
    }

    public RunView view(Run run) {
        Workplace workplace = workplaces.byId(run.workplaceId()).orElseThrow();
        List<Step> steps = runs.steps(run.id());
        RunProgress progress = RunProgress.of(steps, workplace.headcount(), LocalDate.now(clock));
        List<ContentItem> material = progress.nextStep() == null ? List.of() : content.about(progress.nextStep().topic());
        List<Workplace> group = workplace.cohortId() == null ? List.of(workplace) : workplaces.inCohort(workplace.cohortId());
        Map<UUID, Run> runByWorkplace = runsOf(group);
        Map<SurveyWave, SurveyCell> shown = publish(group, runByWorkplace).cells().getOrDefault(run.id(), Map.of());
        List<SickLeaveFigure> figures = sickLeave.of(workplace.id());
        return new RunView(workplace, workplace.cohortId() == null ? null : cohorts.byId(workplace.cohortId()).orElse(null),
                run, steps, progress, measures.ofRun(run.id()), material, links.ofRun(run.id()), shown,
                waves.closed(run.id()), figures, comparison(figures, steps));
    }

    public CohortReport report(UUID cohortId) {
        Cohort cohort = cohorts.byId(cohortId).orElseThrow(() -> new NotFoundException("Kohorten"));
        List<Workplace> members = workplaces.inCohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Run> runByWorkplace = runsOf(members);
        Map<UUID, List<Step>> stepsOfRun = runs.stepsOf(runByWorkplace.values().stream().map(Run::id).toList());
        Map<UUID, List<SickLeaveFigure>> figuresOf = sickLeave.ofWorkplaces(members.stream().map(Workplace::id).toList());
        Published published = publish(members, runByWorkplace);
        List<SurveyDefinition.Scale> scales = definitions.workplaceSurvey().scales();

        List<CohortReport.Row> rows = new ArrayList<>();
        Map<String, List<SickLeaveComparison>> byGroup = new LinkedHashMap<>();
        byGroup.put(ALL, new ArrayList<>());
        for (Workplace w : members) {
            Run run = runByWorkplace.get(w.id());
            List<Step> steps = run == null ? List.of() : stepsOfRun.getOrDefault(run.id(), List.of());
            RunProgress progress = RunProgress.of(steps, w.headcount(), today);
            SickLeaveComparison comparison = comparison(figuresOf.getOrDefault(w.id(), List.of()), steps);
            boolean sickLeaveShown = w.headcount() >= SICK_LEAVE_MIN_HEADCOUNT;
            rows.add(new CohortReport.Row(w, run, progress,
                    run == null ? Map.of() : published.cells().getOrDefault(run.id(), Map.of()), comparison, sickLeaveShown));
            if (w.arm() != null) {
                byGroup.computeIfAbsent(w.arm().label(), k -> new ArrayList<>());
            }
            if (sickLeaveShown && comparison.complete()) {
                byGroup.get(ALL).add(comparison);
                if (w.arm() != null) {
                    byGroup.get(w.arm().label()).add(comparison);
                }
            }
        }
        Map<String, CohortReport.SickLeaveMeans> means = new LinkedHashMap<>();
        byGroup.forEach((group, list) -> means.put(group, CohortReport.SickLeaveMeans.of(list)));
        return new CohortReport(cohort, cohorts.allocation(cohortId).orElse(null), rows, published.totals(),
                published.arms(), scales, means);
    }

    /** The runs of a group of workplaces by workplace, in the group's order; one query. */
    private Map<UUID, Run> runsOf(List<Workplace> group) {
        Map<UUID, Run> found = runs.ofWorkplaces(group.stream().map(Workplace::id).toList());
        Map<UUID, Run> runByWorkplace = new LinkedHashMap<>();
        group.forEach(w -> {
            if (found.containsKey(w.id())) {
                runByWorkplace.put(w.id(), found.get(w.id()));
            }
        });
        return runByWorkplace;
    }

    /** Published survey cells of a group of runs: per run, per arm and in total, each wave decided once. */
    private record Published(Map<UUID, Map<SurveyWave, SurveyCell>> cells, Map<SurveyWave, SurveyCell> totals,
                             Map<Arm, Map<SurveyWave, SurveyCell>> arms) {
    }

    /** Applies {@link SurveyDisclosure} to the runs of a cohort (or of a workplace on its own), wave by wave. */
    private Published publish(List<Workplace> group, Map<UUID, Run> runByWorkplace) {
        List<UUID> runIds = new ArrayList<>();
        Map<UUID, String> groupOf = new LinkedHashMap<>();
        Map<Arm, List<UUID>> runsOfArm = new EnumMap<>(Arm.class);
        for (Workplace w : group) {
            Run run = runByWorkplace.get(w.id());
            if (run != null) {
                runIds.add(run.id());
                groupOf.put(run.id(), w.arm() == null ? "" : w.arm().name());
                if (w.arm() != null) {
                    runsOfArm.computeIfAbsent(w.arm(), a -> new ArrayList<>()).add(run.id());
                }
            }
        }
        List<SurveyResponses.ScoreSum> sums = responses.scoreSums(runIds);
        Map<UUID, Map<SurveyWave, SurveyCell>> raw = surveyCells(runIds, sums);
        Map<UUID, Set<SurveyWave>> closed = waves.closedIn(runIds);
        List<SurveyDefinition.Scale> scales = definitions.workplaceSurvey().scales();

        Map<UUID, Map<SurveyWave, SurveyCell>> cells = new LinkedHashMap<>();
        Map<SurveyWave, SurveyCell> totals = new EnumMap<>(SurveyWave.class);
        Map<Arm, Map<SurveyWave, SurveyCell>> arms = new EnumMap<>(Arm.class);
        for (SurveyWave wave : SurveyWave.values()) {
            Map<UUID, Integer> counts = new LinkedHashMap<>();
            runIds.forEach(id -> counts.put(id, cell(raw, id, wave).n()));
            Set<UUID> closedRuns = new HashSet<>();
            runIds.stream().filter(id -> closed.getOrDefault(id, Set.of()).contains(wave)).forEach(closedRuns::add);
            SurveyDisclosure.Decision<UUID, String> decision = SurveyDisclosure.decide(counts, groupOf, closedRuns);
            for (UUID id : runIds) {
                cells.computeIfAbsent(id, k -> new EnumMap<>(SurveyWave.class)).put(wave, !decision.published()
                        ? SurveyCell.PENDING : decision.shown(id) ? cell(raw, id, wave) : SurveyCell.HIDDEN);
            }
            totals.put(wave, !decision.published() ? SurveyCell.PENDING
                    : decision.totalShown() ? total(runIds, raw, wave, scales, sums) : SurveyCell.HIDDEN);
            runsOfArm.forEach((arm, ids) -> arms.computeIfAbsent(arm, a -> new EnumMap<>(SurveyWave.class)).put(wave,
                    !decision.published() ? SurveyCell.PENDING
                            : decision.groupShown(arm.name()) ? total(ids, raw, wave, scales, sums) : SurveyCell.HIDDEN));
        }
        return new Published(cells, totals, arms);
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
                cells.computeIfAbsent(run, k -> new EnumMap<>(SurveyWave.class)).put(wave, SurveyCell.shown(n,
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
        return SurveyCell.shown(n, means);
    }
}
