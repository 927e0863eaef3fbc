package no.samspill.bench.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.samspill.instrument.Instrument;
import no.samspill.instrument.InstrumentLibrary;
import no.samspill.instrument.Item;
import no.samspill.instrument.Score;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Scoring throughput per instrument: answers checked against the definition, then scored (what a submission does). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    @Param({"phq-9", "gad-7", "ompsq-sf", "wsas", "work-ability-score"})
    public String instrument;

    private InstrumentLibrary library;
    private Instrument definition;
    private List<Map<String, String>> responses;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        library = InstrumentLibrary.load(InstrumentLibrary.DEFAULT_LOCATION);
        definition = library.latest(instrument).orElseThrow();
        Random random = new Random(42);
        responses = new ArrayList<>();
        for (int n = 0; n < 1024; n++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Item item : definition.items()) {
                answers.put(item.linkId(), item.options().get(random.nextInt(item.options().size())).code());
            }
            responses.add(answers);
        }
    }

    @Benchmark
    public Score checkAndScore() {
        Map<String, String> answers = responses.get(next++ & 1023);
        no.samspill.shared.FieldErrors errors = new no.samspill.shared.FieldErrors();
        no.samspill.instrument.Answers.check(definition, answers, errors);
        errors.throwIfAny();
        return library.score(definition, answers);
    }
}
