package no.samspill.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.instrument.internal.QuestionnaireFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every instrument version found in the definition folders (by default {@code classpath*:instruments/*.json}),
 * with its scorer. An instrument with no scorer of its own (a file dropped in later, such as a licensed STarT MSK)
 * is scored by the weights and bands its file publishes: adding one needs no code change. Questionnaires whose
 * subjectType is not Patient (the workplace programme's survey shares the folder) are left to their own module.
 */
public final class InstrumentLibrary {

    public static final String DEFAULT_LOCATION = "classpath*:instruments/*.json";

    private static final List<Scorer> SCORERS = List.of(new Phq9Scorer(), new Gad7Scorer(), new OmpsqScorer(),
            new WsasScorer(), new WasScorer());

    private final Map<InstrumentRef, Instrument> byRef = new LinkedHashMap<>();
    private final Map<InstrumentRef, Scorer> scorers = new LinkedHashMap<>();

    private InstrumentLibrary(Collection<Instrument> instruments) {
        for (Instrument i : instruments) {
            if (byRef.putIfAbsent(i.ref(), i) != null) {
                throw new IllegalStateException("Two definition files for " + i.ref());
            }
            scorers.put(i.ref(), SCORERS.stream().filter(s -> s.instrumentId().equals(i.id())).findFirst()
                    .orElseGet(() -> new WeightScorer(i)));
        }
    }

    /** Loads every file matching the patterns (Spring resource patterns, e.g. {@code classpath*:instruments/*.json}). */
    public static InstrumentLibrary load(String... locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Instrument> found = new ArrayList<>();
        try {
            for (String location : locations) {
                for (Resource r : resolver.getResources(location)) {
                    try (InputStream in = r.getInputStream()) {
                        Instrument instrument = QuestionnaireFiles.parse(in, r.getDescription());
                        if (instrument != null) {
                            found.add(instrument);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Instrument::title).thenComparing(Instrument::version));
        return new InstrumentLibrary(found);
    }

    /**
     * Reads one definition file (a Spring resource location, e.g. {@code classpath:instruments/x.json}) whoever answers
     * it: other modules with questionnaires of their own (the workplace programme's survey) use the same format and
     * reader.
     */
    public static Instrument read(String location) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return QuestionnaireFiles.parseAny(in, resource.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    public List<Instrument> all() {
        return List.copyOf(byRef.values());
    }

    public Optional<Instrument> find(InstrumentRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** The newest version of an instrument by id ("phq-9"), the one new assignments use. */
    public Optional<Instrument> latest(String id) {
        return byRef.values().stream().filter(i -> i.id().equals(id)).max(Comparator.comparing(Instrument::version));
    }

    public Scorer scorer(Instrument instrument) {
        return scorers.get(instrument.ref());
    }

    /** Scores a response; an instrument without scored items (the three work questions) is NOT_SCORED. */
    public Score score(Instrument instrument, Map<String, String> answers) {
        if (!instrument.scored()) {
            return Score.notScored(instrument.ref());
        }
        return scorer(instrument).score(instrument, answers);
    }
}
