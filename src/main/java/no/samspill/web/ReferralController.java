package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.referral.ComplaintGroup;
import no.samspill.referral.DiagnosisCode;
import no.samspill.referral.NewReferral;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.referral.ReferrerKind;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.RegisterReferralInError;
import no.samspill.referral.SickLeaveStatus;
import no.samspill.referral.TriageDecision;
import no.samspill.referral.TriageOutcome;
import no.samspill.referral.TriageReferral;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Intake: the clinic's referral list, the referral form, the referral page with triage, and the decision letter. */
@Controller
class ReferralController {

    static final int PAGE_SIZE = 50;
    static final int RECENTLY_DECIDED = 20;

    private final ReferralQueries referrals;
    private final RegisterReferral registerReferral;
    private final TriageReferral triageReferral;
    private final RegisterReferralInError registerInError;
    private final PathwayQueries pathways;
    private final PersonDirectory persons;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReferralController(ReferralQueries referrals, RegisterReferral registerReferral, TriageReferral triageReferral,
                       RegisterReferralInError registerInError, PathwayQueries pathways, PersonDirectory persons,
                       CurrentUsers currentUsers, Clock clock) {
        this.referrals = referrals;
        this.registerReferral = registerReferral;
        this.triageReferral = triageReferral;
        this.registerInError = registerInError;
        this.pathways = pathways;
        this.persons = persons;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/henvisninger")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        String clinic = currentUsers.current().organisationNumber();
        int pageNo = Math.max(0, page);
        List<Referral> awaiting = referrals.awaitingDecision(clinic, pageNo, PAGE_SIZE + 1);
        boolean hasNext = awaiting.size() > PAGE_SIZE;
        awaiting = hasNext ? awaiting.subList(0, PAGE_SIZE) : awaiting;
        List<Referral> decided = referrals.recentlyDecided(clinic, RECENTLY_DECIDED);
        List<PersonId> ids = new java.util.ArrayList<>(awaiting.stream().map(Referral::personId).toList());
        ids.addAll(decided.stream().map(Referral::personId).toList());
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("decided", decided);
        model.addAttribute("patients", persons.patients(ids));
        model.addAttribute("pageNo", pageNo);
        model.addAttribute("hasNext", hasNext);
        return "referrals";
    }

    @GetMapping("/henvisninger/ny")
    String newForm(Model model) {
        return form(ReferralForm.blank(LocalDate.now(clock)), FormErrors.NONE, model);
    }

    @PostMapping("/henvisninger/ny")
    String register(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        ReferralForm form = new ReferralForm(params);
        try {
            FieldErrors errors = new FieldErrors();
            NewReferral referral = form.toNewReferral(user.organisationNumber(),
                    user.role() == no.samspill.security.Role.COORDINATOR ? user.username() : null, errors);
            referral.check(errors, LocalDate.now(clock));
            errors.throwIfAny();
            Referral created = registerReferral.register(referral, user.username());
            return "redirect:/henvisninger/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(form, FormErrors.of("referral", e), model);
        }
    }

    private String form(ReferralForm form, FormErrors errors, Model model) {
        model.addAttribute("values", form.values());
        model.addAttribute("errors", errors);
        model.addAttribute("referrerKinds", ReferrerKind.values());
        model.addAttribute("sickLeaveStatuses", SickLeaveStatus.values());
        model.addAttribute("complaintGroups", ComplaintGroup.values());
        model.addAttribute("diagnosisSystems", DiagnosisCode.System.values());
        return "referral-new";
    }

    @GetMapping("/henvisninger/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/henvisninger/{id}/vurdering")
    String triage(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String latestStartDate, @RequestParam(required = false) String text,
                  Model model, HttpServletResponse response) {
        Referral referral = visible(id);
        try {
            FieldErrors errors = new FieldErrors();
            TriageOutcome parsed = errors.optional("outcome", outcome, ReferralForm.choice(TriageOutcome.class));
            LocalDate startBy = errors.optional("latestStartDate", latestStartDate, Dates::parse);
            TriageDecision decision = new TriageDecision(parsed, startBy, blankToNull(text));
            decision.check(errors, LocalDate.now(clock));
            errors.throwIfAny();
            triageReferral.triage(referral.id(), version, decision, currentUsers.current().username());
            return "redirect:/henvisninger/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("triage", e));
            model.addAttribute("triage", Map.of("outcome", nz(outcome), "latestStartDate", nz(latestStartDate), "text", nz(text)));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(id, model);
    }

    @PostMapping("/henvisninger/{id}/registrert-feil")
    String inError(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reason,
                   Model model, HttpServletResponse response) {
        visible(id);
        try {
            registerInError.registerInError(id, version, reason, currentUsers.current().username());
            return "redirect:/henvisninger/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of("void", e));
        } catch (ConcurrentChangeException | RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(id, model);
    }

    @GetMapping("/henvisninger/{id}/vedtaksbrev")
    String letter(@PathVariable UUID id, Model model) {
        Referral referral = visible(id);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", persons.patient(referral.personId()).orElse(null));
        model.addAttribute("decided", !referral.status().awaitingDecision() || referral.decidedOn() != null);
        return "letter";
    }

    private String page(UUID id, Model model) {
        Referral referral = visible(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("referral", referral);
        model.addAttribute("deadlineStatus", referral.deadlineStatus(today));
        model.addAttribute("patient", persons.patient(referral.personId()).orElse(null));
        model.addAttribute("employment", referral.employmentId() == null ? null
                : persons.employment(referral.employmentId()).orElse(null));
        model.addAttribute("decisions", referrals.decisions(id));
        model.addAttribute("pathway", pathways.byReferral(id).orElse(null));
        model.addAttribute("outcomes", TriageOutcome.values());
        if (!model.containsAttribute("triage")) {
            model.addAttribute("triage", Map.of("outcome", "", "latestStartDate", "", "text", ""));
        }
        return "referral";
    }

    /** The referral, if the viewer may see it (the access decision answers; a refusal becomes 404 or 403). */
    private Referral visible(UUID id) {
        return referrals.byId(id).orElseThrow(() -> new NotFoundException("Henvisningen"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
