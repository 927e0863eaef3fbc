package no.samspill.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.platform.DemoMode;
import no.samspill.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In demo mode (with demo pathways on), fills an empty programme with synthetic workplaces through the use cases:
 * a finished cohort with sick-leave figures and survey answers, a running cohort (with the demo contact's workplace,
 * Fjordbyen Sykehjem), and a randomised cohort about to start whose "later" runs are postponed ({@link PostponeRun}).
 * Survey answers come in each wave's window and the finished cohort's waves are closed (decision 0032); counts are
 * chosen so that some cells are shown and some are suppressed.
 */
@Component
class ProgrammeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);
    private static final String ACTOR = "nina.nav";
    private static final int WAIT_WEEKS = 26;

    private final DemoMode demoMode;
    private final Workplaces workplaces;
    private final CreateCohort createCohort;
    private final EnrolWorkplace enrol;
    private final UpdateStep updateStep;
    private final AddMeasure addMeasure;
    private final SetReviewDate setReviewDate;
    private final AddContent addContent;
    private final RandomiseCohort randomise;
    private final OpenSurvey openSurvey;
    private final SubmitSurveyResponse submit;
    private final CloseSurveyWave closeWave;
    private final PostponeRun postpone;
    private final RecordSickLeave recordSickLeave;
    private final Runs runs;
    private final Clock clock;
    private final int pathways;
    private final long seed;

    ProgrammeDemoData(DemoMode demoMode, Workplaces workplaces, CreateCohort createCohort, EnrolWorkplace enrol,
                      UpdateStep updateStep, AddMeasure addMeasure, SetReviewDate setReviewDate, AddContent addContent,
                      RandomiseCohort randomise, OpenSurvey openSurvey, SubmitSurveyResponse submit,
                      CloseSurveyWave closeWave, PostponeRun postpone,
                      RecordSickLeave recordSickLeave, Runs runs, Clock clock,
                      @Value("${samspill.demo.pathways:240}") int pathways,
                      @Value("${samspill.demo.seed:20261124}") long seed) {
        this.demoMode = demoMode;
        this.workplaces = workplaces;
        this.createCohort = createCohort;
        this.enrol = enrol;
        this.updateStep = updateStep;
        this.addMeasure = addMeasure;
        this.setReviewDate = setReviewDate;
        this.addContent = addContent;
        this.randomise = randomise;
        this.openSurvey = openSurvey;
        this.submit = submit;
        this.closeWave = closeWave;
        this.postpone = postpone;
        this.recordSickLeave = recordSickLeave;
        this.runs = runs;
        this.clock = clock;
        this.pathways = pathways;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || pathways <= 0 || !workplaces.all().isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        content();

        Cohort done = createCohort.create("Troms vinter 2025/26", "NAV Nordbyen", today.minusWeeks(51).toString(), ACTOR);
        int[][] doneSurvey = {{11, 9, 7}, {8, 7, 0}, {6, 3, 0}, {14, 12, 9}, {7, 5, 0}};
        String[] doneNames = {"Nordbyen barnehage", "Havnelageret AS", "Tindevegen legesenter",
                "Nordbyen kommune, teknisk drift", "Fjordgata bilverksted AS"};
        int[] doneSizes = {18, 42, 9, 120, 25};
        List<Run> doneRuns = new ArrayList<>();
        for (int i = 0; i < doneNames.length; i++) {
            doneRuns.add(enrolled(random, doneNames[i], i % 2 == 1 ? Sector.PRIVATE : Sector.PUBLIC, doneSizes[i], done,
                    today.minusWeeks(50 - i)));
        }
        for (int i = 0; i < doneRuns.size(); i++) {
            Run run = doneRuns.get(i);
            answers(run, SurveyWave.BEFORE, doneSurvey[i][0], random);
            deliverUpTo(run, 99, doneSizes[i], random, today);
            measures(run);
            answers(run, SurveyWave.AFTER, doneSurvey[i][1], random);
            answers(run, SurveyWave.SIX_MONTHS, doneSurvey[i][2], random);
            closeWave.close(run.id(), SurveyWave.AFTER, ACTOR);
            closeWave.close(run.id(), SurveyWave.SIX_MONTHS, ACTOR);
            sickLeave(run, random);
        }

        Cohort running = createCohort.create("Troms høst 2026", "NAV Nordbyen", today.minusWeeks(12).toString(), ACTOR);
        Run fjordbyen = enrol.enrol(new NewWorkplace(DemoAccounts.FJORDBYEN_SYKEHJEM, "Fjordbyen Sykehjem", "PUBLIC",
                "64", running.id().toString(), "STANDARD", today.minusWeeks(9).toString(),
                List.of(new ContactPerson("Wenche Kontakt", "Avdelingsleder", "wenche.kontakt@example.no", "90000001")),
                List.of(new HealthContributor("Fysioterapeut (demo)", "Fysioterapeut", "Helse og arbeid, Nordklinikken"))),
                ACTOR);
        Run small = enrolled(random, "Elvebakken frisør", Sector.PRIVATE, 6, running, today.minusWeeks(10));
        Run plant = enrolled(random, "Kystfisk Nord AS", Sector.PRIVATE, 85, running, today.minusWeeks(4));
        answers(fjordbyen, SurveyWave.BEFORE, 12, random);
        answers(small, SurveyWave.BEFORE, 3, random);
        answers(plant, SurveyWave.BEFORE, 8, random);
        deliverUpTo(fjordbyen, 5, 64, random, today);
        deliverUpTo(small, 3, 6, random, today);
        deliverUpTo(plant, 1, 85, random, today);

        Cohort trial = createCohort.create("Troms vår 2027 (evaluering)", "NAV Nordbyen", today.plusWeeks(3).toString(),
                ACTOR);
        String[] trialNames = {"Sjøgata sykehjem", "Nordlys transport AS", "Polarbyen skole", "Bakeriet i Havna AS",
                "Fjellvegen omsorgssenter", "Ishavsbyen rørlegger AS"};
        int[] trialSizes = {55, 30, 70, 12, 48, 15};
        List<Run> trialRuns = new ArrayList<>();
        for (int i = 0; i < trialNames.length; i++) {
            trialRuns.add(enrolled(random, trialNames[i], i % 2 == 0 ? Sector.PUBLIC : Sector.PRIVATE, trialSizes[i],
                    trial, today.plusWeeks(4 + i % 3)));
        }
        randomise.randomise(trial.id(), seed, ACTOR);
        for (Run run : trialRuns) {
            if (workplaces.byId(run.workplaceId()).orElseThrow().arm() == Arm.LATER) {
                Run current = runs.byId(run.id()).orElseThrow();
                postpone.postpone(run.id(), current.version(),
                        runs.steps(run.id()).get(0).plannedOn().plusWeeks(WAIT_WEEKS).toString());
            }
        }
        log.info("Demo programme created: 3 cohorts, {} workplaces", workplaces.all().size());
    }

    private Run enrolled(Random random, String name, Sector sector, int headcount, Cohort cohort, LocalDate first) {
        String number;
        do {
            number = OrganisationNumber.generate(random).value();
        } while (number.equals(DemoAccounts.FJORDBYEN_SYKEHJEM) || workplaces.exists(new OrganisationNumber(number)));
        return enrol.enrol(new NewWorkplace(number, name, sector.name(), String.valueOf(headcount),
                cohort.id().toString(), headcount < 10 ? "COMPACT" : "STANDARD", first.toString(),
                List.of(new ContactPerson("Kontaktperson (demo)", "HR-rådgiver", "kontakt@example.no", null)),
                List.of(new HealthContributor("Psykolog (demo)", "Psykolog", "Helse og arbeid, Nordklinikken"))), ACTOR);
    }

    private void deliverUpTo(Run run, int count, int headcount, Random random, LocalDate today) {
        for (Step step : runs.steps(run.id())) {
            if (step.position() > count || step.plannedOn().isAfter(today)) {
                return;
            }
            int attendance = Math.max(1, (int) Math.round(headcount * (0.55 + 0.4 * random.nextDouble())));
            updateStep.update(step.id(), new StepUpdate(step.version(), step.plannedOn().toString(),
                    step.plannedOn().toString(), String.valueOf(attendance),
                    step.kind() == StepKind.WORKSHOP ? "Gode diskusjoner i grupper; tiltak notert." : null));
        }
    }

    private void measures(Run run) {
        List<Step> steps = runs.steps(run.id());
        LocalDate last = steps.get(steps.size() - 1).plannedOn();
        addMeasure.add(run.id(), "Fast ukemøte med fem minutter om arbeidsbelastning", "LEADER",
                last.plusWeeks(2).toString(), ACTOR);
        addMeasure.add(run.id(), "Bytte til hev-/senkbare arbeidsbenker på lageret", "MANAGEMENT",
                last.plusWeeks(10).toString(), ACTOR);
        addMeasure.add(run.id(), "Rutine for å si fra når vaktlista blir for stram", "SAFETY_REP",
                last.plusWeeks(6).toString(), ACTOR);
        setReviewDate.set(run.id(), runs.byId(run.id()).orElseThrow().version(), last.plusWeeks(16).toString());
    }

    private void answers(Run run, SurveyWave wave, int count, Random random) {
        if (count == 0) {
            return;
        }
        SurveyLink link = openSurvey.open(run.id(), wave, ACTOR);
        for (int i = 0; i < count; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (String linkId : List.of("knowledge.1", "knowledge.2", "knowledge.3", "use.1", "use.2", "use.3",
                    "climate.1", "climate.2", "climate.3")) {
                int value = Math.min(5, Math.max(1, 2 + wave.ordinal() + random.nextInt(3)
                        - (linkId.startsWith("climate") ? 1 : 0)));
                answers.put(linkId, String.valueOf(value));
            }
            submit.submit(link.token(), answers);
        }
    }

    private void sickLeave(Run run, Random random) {
        List<Step> steps = runs.steps(run.id());
        LocalDate first = steps.get(0).plannedOn();
        LocalDate last = steps.get(steps.size() - 1).deliveredOn();
        LocalDate today = LocalDate.now(clock);
        double base = 6 + 4 * random.nextDouble();
        for (LocalDate q = first.withDayOfMonth(1).minusMonths(15); !q.plusMonths(3).isAfter(today); q = q.plusMonths(3)) {
            int quarter = (q.getMonthValue() - 1) / 3 + 1;
            LocalDate start = LocalDate.of(q.getYear(), (quarter - 1) * 3 + 1, 1);
            boolean after = last != null && start.isAfter(last);
            double value = base + (after ? -1.2 : 0) + random.nextDouble() * 1.5;
            recordSickLeave.record(run.workplaceId(), String.valueOf(start.getYear()), String.valueOf(quarter),
                    String.format(java.util.Locale.ROOT, "%.1f", value), ACTOR);
        }
    }

    private void content() {
        String base = "https://film.example.no/bedriftstiltaket/";
        addContent.add("FILM", "MUSCULOSKELETAL", "Film 1: Kroppen på jobb",
                "Om vanlige plager i muskler og ledd, og hvorfor aktivitet og tilpasning hjelper (demo).", "12", base + "film-1");
        addContent.add("FILM", "COMMON_MENTAL", "Film 2: Når tankene tynger",
                "Om uro, nedstemthet og søvnvansker, og hva kolleger og ledere kan gjøre (demo).", "14", base + "film-2");
        addContent.add("FILM", "STRESS_COPING", "Film 3: Stress og mestring",
                "Om stressreaksjoner, pauser og mestring i en travel arbeidsdag (demo).", "11", base + "film-3");
        addContent.add("FILM", "COMMUNICATION", "Film 4: Den gode samtalen",
                "Om å snakke om helse og arbeid på arbeidsplassen (demo).", "10", base + "film-4");
        addContent.add("FILM", "FILMS", "Film 5: Vår arbeidsdag",
                "Introduksjon til IA-prosessen: fra kunnskap til tiltak på egen arbeidsplass (demo).", "9", base + "film-5");
        addContent.add("MATERIAL", "FILMS", "Støttemateriell til filmene",
                "Spørsmål til refleksjon i grupper etter hver film (demo).", "30", base + "stottemateriell");
        addContent.add("MATERIAL", "IA_PROCESS", "Verkstedguide for IA-prosessen",
                "Slik leder dere verkstedene: kartlegging, prioritering, tiltak med eier og frist (demo).", "45",
                base + "verkstedguide");
        addContent.add("MATERIAL", "MUSCULOSKELETAL", "Faktaark: muskel- og skjelettplager",
                "Kort oppsummering til deling etter kunnskapsøkten (demo).", "5", base + "faktaark-msk");
    }
}
