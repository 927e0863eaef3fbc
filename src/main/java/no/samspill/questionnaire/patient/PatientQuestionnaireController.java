package no.samspill.questionnaire.patient;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import no.samspill.instrument.InstrumentRef;
import no.samspill.instrument.Item;
import no.samspill.questionnaire.LinkNotUsableException;
import no.samspill.questionnaire.PatientRound;
import no.samspill.questionnaire.QuestionnaireQueries;
import no.samspill.questionnaire.SaveAnswer;
import no.samspill.questionnaire.SubmitResponse;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patient's questionnaire behind a personal link: one question per screen with a progress bar, each answer saved
 * at once (htmx POST, or a plain form post without script), resumable from the first unanswered question, a summary,
 * and submission to a locked receipt. An unusable link (unknown, expired, used) gets the same neutral page.
 */
@Controller
@RequestMapping("/skjema/{token}")
class PatientQuestionnaireController {

    private final QuestionnaireQueries queries;
    private final SaveAnswer saveAnswer;
    private final SubmitResponse submit;

    PatientQuestionnaireController(QuestionnaireQueries queries, SaveAnswer saveAnswer, SubmitResponse submit) {
        this.queries = queries;
        this.saveAnswer = saveAnswer;
        this.submit = submit;
    }

    @GetMapping
    String page(@PathVariable String token, @RequestParam(required = false) Integer q, Model model) {
        PatientRound round = queries.forToken(token);
        List<Question> questions = questions(round);
        int index = q == null ? firstUnanswered(questions) : Math.max(0, Math.min(q, questions.size()));
        return show(token, round, questions, index, null, model);
    }

    @PostMapping("/svar")
    String answer(@PathVariable String token, @RequestParam int q, @RequestParam String questionnaire,
                  @RequestParam String linkId, @RequestParam(required = false) String answer,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String error = null;
        try {
            saveAnswer.save(token, InstrumentRef.parse(questionnaire), linkId, answer == null || answer.isBlank() ? null : answer);
        } catch (InvalidInputException e) {
            error = "Svaret kunne ikke lagres. Velg et av alternativene.";
        } catch (RefusedChangeException e) {
            error = "Denne delen er allerede sendt inn.";
        }
        if (error == null && htmx == null) {
            return "redirect:/skjema/" + token + "?q=" + (q + 1);
        }
        PatientRound round = queries.forToken(token);
        return show(token, round, questions(round), error == null ? q + 1 : q, error, model);
    }

    @PostMapping("/send")
    String send(@PathVariable String token, @RequestParam List<String> questionnaire, @RequestParam List<Integer> version,
                Model model) {
        try {
            for (int i = 0; i < questionnaire.size() && i < version.size(); i++) {
                submit.submit(token, InstrumentRef.parse(questionnaire.get(i)), java.util.Map.of(), version.get(i));
            }
        } catch (ConcurrentChangeException e) {
            PatientRound round = queries.forToken(token);
            List<Question> questions = questions(round);
            return show(token, round, questions, questions.size(),
                    "Svarene ble endret i et annet vindu. Se over svarene og send inn på nytt.", model);
        } catch (RefusedChangeException | InvalidInputException e) {
            // Already submitted in another tab: the receipt below is still true.
        }
        return "questionnaire/receipt";
    }

    @ExceptionHandler(LinkNotUsableException.class)
    String unavailable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "questionnaire/unavailable";
    }

    private String show(String token, PatientRound round, List<Question> questions, int index, String error, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("round", round);
        model.addAttribute("total", questions.size());
        model.addAttribute("index", index);
        model.addAttribute("error", error);
        model.addAttribute("unverified", round.parts().stream().anyMatch(p -> !p.instrument().translationVerified()));
        if (index < questions.size()) {
            model.addAttribute("question", questions.get(index));
        } else {
            model.addAttribute("question", null);
            model.addAttribute("open", round.parts().stream().filter(p -> !p.submitted()).toList());
            model.addAttribute("unanswered", questions.stream().filter(x -> x.chosen() == null).count());
        }
        return "questionnaire/patient";
    }

    private static int firstUnanswered(List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).chosen() == null) {
                return i;
            }
        }
        return questions.size();
    }

    /** Every question of the parts not yet submitted, in order. */
    private static List<Question> questions(PatientRound round) {
        List<Question> list = new ArrayList<>();
        for (PatientRound.Part part : round.parts()) {
            if (part.submitted()) {
                continue;
            }
            for (Item item : part.instrument().items()) {
                list.add(new Question(part, item, part.answers().get(item.linkId())));
            }
        }
        return list;
    }

    /** One screen: the part (instrument) it belongs to, the item, and the answer saved so far. */
    record Question(PatientRound.Part part, Item item, String chosen) {

        public String questionnaire() {
            return part.instrument().ref().toString();
        }
    }
}
