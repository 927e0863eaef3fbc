package no.samspill.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.instrument.Band;
import no.samspill.instrument.ChangeRules;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.ReliableChange;
import no.samspill.instrument.ScorePoint;
import no.samspill.instrument.Scorer;
import no.samspill.instrument.Trajectory;
import no.samspill.person.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of responses and scores goes through here: the clinician's reads ask the access decision (HEALTH) first;
 * the patient's reads are authorised by the link token alone.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireQueries {

    private final Assignments assignments;
    private final Responses responses;
    private final Scores scores;
    private final Links links;
    private final InstrumentLibrary library;
    private final ChangeRules rules;
    private final PersonDataAccess access;
    private final Clock clock;
    private final ZoneId zone;
    /** The ids of the loaded instruments (each once): where the indicators' trajectory ends are looked for. */
    private final List<String> instrumentIds;

    QuestionnaireQueries(Assignments assignments, Responses responses, Scores scores, Links links,
                         InstrumentLibrary library, ChangeRules rules, PersonDataAccess access, Clock clock,
                         @Value("${samspill.zone:Europe/Oslo}") ZoneId zone) {
        this.assignments = assignments;
        this.responses = responses;
        this.scores = scores;
        this.links = links;
        this.library = library;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.instrumentIds = library.all().stream().map(Instrument::id).distinct().toList();
    }

    /** The instruments a clinician can assign (newest version of each). */
    public List<Instrument> assignable() {
        return library.all().stream().collect(Collectors.toMap(Instrument::id, i -> i,
                        (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b, LinkedHashMap::new))
                .values().stream().toList();
    }

    /** {@code personId} is the pathway's person, as read by the adapter through the pathway's own queries. */
    public PathwayQuestionnaires ofPathway(UUID pathwayId, PersonId personId) {
        access.requireRead(personId.value(), ClinicScope.pathway(pathwayId), InformationCategory.HEALTH,
                "QuestionnaireResponse", pathwayId);
        LocalDate today = LocalDate.now(clock);
        List<Assignment> assigned = assignments.ofPathway(pathwayId);
        Map<UUID, Assignment> byId = assigned.stream().collect(Collectors.toMap(Assignment::id, a -> a));
        List<StoredScore> all = scores.ofPathway(pathwayId);
        List<PathwayQuestionnaires.RoundView> rounds = new ArrayList<>();
        for (Round r : assignments.roundsOfPathway(pathwayId)) {
            List<String> answered = responses.ofRound(r.id()).stream().filter(Responses.Row::submitted)
                    .map(row -> title(row.ref())).toList();
            List<String> instruments = byId.get(r.assignmentId()).instruments().stream().map(this::title).toList();
            rounds.add(new PathwayQuestionnaires.RoundView(r, r.status(today), instruments, answered));
        }
        Measured m = measured(all);
        return new PathwayQuestionnaires(pathwayId, assigned, rounds, m.current(), m.measures(), m.outcome(),
                workAnswers(rounds));
    }

    /**
     * What indicators need of a pathway's questionnaires, in one query: the measures and the IAPT outcome (the same as
     * {@link #ofPathway}'s), read from the ends of each trajectory only — the first and last complete score and the
     * latest one per instrument — so its cost does not grow with the history. {@code scores()} holds just those, and
     * each trajectory just its first and last point; rounds, answers and work questions are left empty.
     */
    public PathwayQuestionnaires scoresOfPathway(UUID pathwayId, PersonId personId) {
        access.requireRead(personId.value(), ClinicScope.pathway(pathwayId), InformationCategory.HEALTH,
                "QuestionnaireResponse", pathwayId);
        Measured m = measured(scores.endpointsOfPathway(pathwayId, instrumentIds));
        return new PathwayQuestionnaires(pathwayId, List.of(), List.of(), m.current(), m.measures(), m.outcome(),
                Map.of());
    }

    /** A pathway's current (not superseded) scores, one measure per instrument, and the IAPT outcome of PHQ-9/GAD-7. */
    private record Measured(List<StoredScore> current, List<PathwayQuestionnaires.Measure> measures,
                            ChangeRules.Outcome outcome) {
    }

    private Measured measured(List<StoredScore> all) {
        List<StoredScore> current = all.stream().filter(s -> s.supersededBy() == null).toList();
        List<PathwayQuestionnaires.Measure> measures = new ArrayList<>();
        Map<String, Trajectory> trajectories = new LinkedHashMap<>();
        for (String id : current.stream().map(StoredScore::instrument).distinct().toList()) {
            List<StoredScore> mine = current.stream().filter(s -> s.instrument().equals(id))
                    .sorted(Comparator.comparing(StoredScore::scoredAt)).toList();
            StoredScore latest = mine.get(mine.size() - 1);
            Instrument instrument = library.find(new InstrumentRef("https://samspill.no/fhir/Questionnaire/" + id,
                    latest.instrumentVersion())).orElse(null);
            if (instrument == null) {
                continue;
            }
            Scorer scorer = library.scorer(instrument);
            List<ScorePoint> points = mine.stream().filter(StoredScore::complete)
                    .map(s -> new ScorePoint(LocalDate.ofInstant(s.scoredAt(), zone), s.total(),
                            band(scorer.bands(), s.band()), s.caseness())).toList();
            int max = mine.stream().mapToInt(StoredScore::maxTotal).max().orElse(0);
            Trajectory t = new Trajectory(id, max, scorer.bands(), points);
            trajectories.put(id, t);
            ReliableChange change = ChangeRules.reliableChange(t);
            String words = !t.hasChange() ? "bare én måling så langt"
                    : change == ReliableChange.NOT_AVAILABLE ? "endring " + signed(t.change()) + " siden baseline (ingen reliabel endringsgrense)"
                    : change.words() + " siden baseline (" + signed(t.change()) + ")";
            measures.add(new PathwayQuestionnaires.Measure(instrument, t, latest, words));
        }
        ChangeRules.Outcome outcome = trajectories.containsKey("phq-9") || trajectories.containsKey("gad-7")
                ? rules.outcome(trajectories.get("phq-9"), trajectories.get("gad-7")) : null;
        return new Measured(current, measures, outcome);
    }

    /** The newest submitted answers to the three work questions, as text. */
    private Map<String, String> workAnswers(List<PathwayQuestionnaires.RoundView> rounds) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = rounds.size() - 1; i >= 0 && result.isEmpty(); i--) {
            for (Responses.Row row : responses.ofRound(rounds.get(i).round().id())) {
                if (row.submitted() && row.ref().url().endsWith("/work-questions")) {
                    Instrument instrument = library.find(row.ref()).orElseThrow();
                    Map<String, String> answers = responses.answers(row.id());
                    instrument.items().forEach(item -> result.put(item.text(), item.option(answers.get(item.linkId()))
                            .map(o -> o.display()).orElse("ikke besvart")));
                }
            }
        }
        return result;
    }

    /** One response with its answers, if the viewer may read the person's health data (404/403 otherwise). */
    public java.util.Optional<ResponseDetails> response(UUID responseId) {
        java.util.Optional<ResponseDetails> found = responses.details(responseId);
        found.ifPresent(r -> access.requireRead(r.personId().value(), scopeOfRound(r.roundId()),
                InformationCategory.HEALTH, "QuestionnaireResponse", responseId));
        return found;
    }

    /** Every response of the person (incl. in progress and corrected ones), oldest first. */
    public List<ResponseDetails> responsesOf(PersonId personId) {
        access.requireRead(personId.value(), InformationCategory.HEALTH, "QuestionnaireResponse", null);
        return onReadablePathways(personId, responses.detailsOfPerson(personId.value()), ResponseDetails::roundId);
    }

    /** The stored score of one response, if the viewer may read the person's health data. */
    public java.util.Optional<PersonScore> score(UUID responseId) {
        java.util.Optional<PersonScore> found = scores.withPerson(responseId);
        found.ifPresent(s -> access.requireRead(s.personId().value(), scopeOfRound(s.score().roundId()),
                InformationCategory.HEALTH, "Observation", responseId));
        return found;
    }

    /** Every stored score of the person (incl. superseded ones), oldest first. */
    public List<PersonScore> scoresOf(PersonId personId) {
        access.requireRead(personId.value(), InformationCategory.HEALTH, "Observation", null);
        return onReadablePathways(personId, scores.ofPerson(personId.value()), s -> s.score().roundId());
    }

    /** Rounds, responses and scores are held by the clinic of the round's pathway. */
    private ClinicScope scopeOfRound(UUID roundId) {
        return ClinicScope.pathway(assignments.round(roundId).map(Round::pathwayId)
                .orElseThrow(() -> new no.samspill.shared.NotFoundException("Runden")));
    }

    /** Of a person's items, those on pathways the viewer may read (for a clinic's team: its own clinic's). */
    private <T> List<T> onReadablePathways(PersonId personId, List<T> items, java.util.function.Function<T, UUID> roundOf) {
        Map<UUID, Boolean> readable = new java.util.HashMap<>();
        return items.stream().filter(item -> readable.computeIfAbsent(roundOf.apply(item),
                round -> access.mayRead(personId.value(), scopeOfRound(round), InformationCategory.HEALTH))).toList();
    }

    /** The definition a response answers (for item texts and option displays), if it is in the library. */
    public java.util.Optional<Instrument> instrument(InstrumentRef ref) {
        return library.find(ref);
    }

    /** The patient's view of a round, by link token; refused (neutrally) unless the link is usable. */
    public PatientRound forToken(String token) {
        Links.LinkedRound link = PatientLinks.usable(links, token, false, clock.instant());
        access.logLinkRead(link.personId().value(), "QuestionnaireRound", link.roundId());
        Map<String, Responses.Row> saved = responses.ofRound(link.roundId()).stream()
                .collect(Collectors.toMap(r -> r.ref().url(), r -> r));
        List<PatientRound.Part> parts = new ArrayList<>();
        for (InstrumentRef ref : link.instruments()) {
            Instrument instrument = library.find(ref).orElseThrow();
            Responses.Row row = saved.get(ref.url());
            parts.add(new PatientRound.Part(instrument, row == null ? Map.of() : responses.answers(row.id()),
                    row != null && row.submitted(), row == null ? 0 : row.version()));
        }
        return new PatientRound(link.dueDate(), parts);
    }

    private String title(InstrumentRef ref) {
        return library.find(ref).map(Instrument::title).orElse(ref.toString());
    }

    private static Band band(List<Band> bands, String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst().orElse(null);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

}
