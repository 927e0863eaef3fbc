package no.samspill.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Score;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.questionnaire.AssignInstruments;
import no.samspill.questionnaire.CorrectResponse;
import no.samspill.questionnaire.IssuedLink;
import no.samspill.questionnaire.LinkNotUsableException;
import no.samspill.questionnaire.PathwayQuestionnaires;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.questionnaire.Schedule;
import no.samspill.questionnaire.SendLink;
import no.samspill.questionnaire.StoredScore;
import no.samspill.questionnaire.SubmitResponse;
import no.samspill.questionnaire.SubmittedResponse;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questionnaires: the clinic assigns instruments to a pathway with a schedule, sends a round's link and reads rounds and
 * scores; the patient submits a response with the link token ({@value #TOKEN_HEADER} header; no log-in).
 */
@RestController
class QuestionnaireApi {

    static final String TOKEN_HEADER = "X-Samspill-Link-Token";

    private final PathwayQueries pathways;
    private final QuestionnaireQueries queries;
    private final AssignInstruments assign;
    private final SendLink sendLink;
    private final SubmitResponse submit;
    private final CorrectResponse correct;
    private final CurrentUsers users;

    QuestionnaireApi(PathwayQueries pathways, QuestionnaireQueries queries, AssignInstruments assign, SendLink sendLink,
                     SubmitResponse submit, CorrectResponse correct, CurrentUsers users) {
        this.pathways = pathways;
        this.queries = queries;
        this.assign = assign;
        this.sendLink = sendLink;
        this.submit = submit;
        this.correct = correct;
        this.users = users;
    }

    @PostMapping("/api/v1/pathways/{id}/questionnaires")
    ResponseEntity<Overview> assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
        Pathway pathway = visible(id);
        FieldErrors errors = new FieldErrors();
        errors.check((request.baseline() == null) != (request.dates() == null || request.dates().isEmpty()), "baseline",
                "Oppgi enten baseline (standardplan: 0, 3, 6, 12 måneder) eller egne datoer");
        errors.throwIfAny();
        List<Schedule.PlannedRound> schedule = request.baseline() != null ? Schedule.standard(request.baseline())
                : Schedule.custom(request.dates());
        assign.assign(pathway.id(), pathway.personId(), request.instruments(), schedule, users.current().username());
        return ResponseEntity.created(URI.create("/api/v1/pathways/" + id + "/questionnaires")).body(overview(id));
    }

    @GetMapping("/api/v1/pathways/{id}/questionnaires")
    Overview overview(@PathVariable UUID id) {
        Pathway pathway = visible(id);
        PathwayQuestionnaires q = queries.ofPathway(pathway.id(), pathway.personId());
        return new Overview(q.rounds().stream().map(r -> new RoundView(r.round().id(), r.round().label(),
                        r.round().dueDate(), r.status().name(), r.instruments(), r.answered())).toList(),
                q.scores().stream().map(QuestionnaireApi::score).toList(),
                q.outcome() == null ? null : q.outcome().words());
    }

    @PostMapping("/api/v1/pathways/{id}/questionnaire-rounds/{roundId}/link")
    ResponseEntity<LinkView> link(@PathVariable UUID id, @PathVariable UUID roundId) {
        IssuedLink link = sendLink.send(visible(id).id(), roundId, users.current().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(new LinkView(link.roundId(), link.url(), link.expiresAt()));
    }

    @PostMapping("/api/v1/pathways/{id}/questionnaire-responses/{responseId}/corrections")
    ResponseEntity<Submitted> correct(@PathVariable UUID id, @PathVariable UUID responseId,
                                      @Valid @RequestBody CorrectionRequest request) {
        SubmittedResponse r = correct.correct(visible(id).id(), responseId, answers(request.answers()), request.reason(),
                users.current().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(submitted(r));
    }

    /** The patient's submission, authorised by the link token; validate → score → store in one transaction. */
    @PostMapping("/api/v1/questionnaire-responses")
    ResponseEntity<Submitted> submit(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
                                     @Valid @RequestBody SubmitRequest request) {
        FieldErrors errors = new FieldErrors();
        InstrumentRef ref = errors.required("questionnaire", request.questionnaire(), InstrumentRef::parse);
        errors.throwIfAny();
        SubmittedResponse r = submit.submit(token, ref, answers(request.answers()), request.version());
        return ResponseEntity.status(HttpStatus.CREATED).body(submitted(r));
    }

    @ExceptionHandler(LinkNotUsableException.class)
    ProblemDetail linkNotUsable(LinkNotUsableException e) {
        ProblemDetail problem = e.reason() == LinkNotUsableException.Reason.USED
                ? ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Skjemaet er allerede sendt inn")
                : ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Lenken er ugyldig eller utløpt. Kontakt klinikken for en ny lenke.");
        problem.setTitle(e.reason() == LinkNotUsableException.Reason.USED ? "Allerede sendt inn" : "Ugyldig lenke");
        problem.setType(URI.create("urn:samspill:problem:"
                + (e.reason() == LinkNotUsableException.Reason.USED ? "already-submitted" : "invalid-link")));
        return problem;
    }

    private static Map<String, String> answers(List<AnswerRequest> answers) {
        Map<String, String> map = new LinkedHashMap<>();
        FieldErrors errors = new FieldErrors();
        for (AnswerRequest a : answers) {
            if (map.put(a.linkId(), a.value()) != null) {
                errors.add("answers." + a.linkId(), "Spørsmålet er besvart to ganger");
            }
        }
        errors.throwIfAny();
        return map;
    }

    private Pathway visible(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }

    private static Submitted submitted(SubmittedResponse r) {
        Score s = r.score();
        return new Submitted(r.responseId(), r.roundId(), s.status().name(), s.total(), s.band() == null ? null : s.band().code(),
                s.caseness(), s.missing(), r.roundCompleted());
    }

    private static ScoreView score(StoredScore s) {
        return new ScoreView(s.responseId(), s.roundId(), s.roundLabel(), s.instrument(), s.instrumentVersion(), s.total(),
                s.band(), s.caseness(), s.complete(), s.missing(), s.scoredAt());
    }

    record AssignRequest(@NotEmpty @Size(max = 10) List<@NotBlank String> instruments, LocalDate baseline,
                         @Size(max = 12) List<@NotNull LocalDate> dates) {
    }

    record SubmitRequest(@NotBlank @Size(max = 250) String questionnaire, Integer version,
                         @NotNull @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers) {
    }

    record CorrectionRequest(@NotBlank @Size(max = 1000) String reason,
                             @NotNull @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers) {
    }

    record AnswerRequest(@NotBlank @Size(max = 40) String linkId, @NotBlank @Size(max = 40) String value) {
    }

    record Overview(List<RoundView> rounds, List<ScoreView> scores, String status) {
    }

    record RoundView(UUID id, String label, LocalDate dueDate, String status, List<String> instruments,
                     List<String> answered) {
    }

    record ScoreView(UUID responseId, UUID roundId, String round, String instrument, String version, Integer total,
                     String band, Boolean caseness, boolean complete, List<String> missing, Instant scoredAt) {
    }

    record LinkView(UUID roundId, String url, Instant expiresAt) {
    }

    record Submitted(UUID responseId, UUID roundId, String status, Integer total, String band, Boolean caseness,
                     List<String> missing, boolean roundCompleted) {
    }
}
