package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.access.ResearchObjection;
import no.samspill.access.Consent;
import no.samspill.access.Sharing;
import no.samspill.access.WithdrawConsent;
import no.samspill.identifiers.OrganisationNumber;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.AssignCoordinator;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.CompleteTask;
import no.samspill.pathway.MovePathway;
import no.samspill.pathway.Outcome;
import no.samspill.pathway.Pathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.pathway.PathwayState;
import no.samspill.pathway.RecordWorkStatus;
import no.samspill.pathway.WorkStatus;
import no.samspill.pathway.WorkStatusRecord;
import no.samspill.pathway.PathwayTask;
import no.samspill.person.Employment;
import no.samspill.person.NameNearestLeader;
import no.samspill.person.NearestLeader;
import no.samspill.person.Patient;
import no.samspill.person.PersonDirectory;
import no.samspill.referral.Referral;
import no.samspill.referral.ReferralQueries;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
import no.samspill.security.DemoAccounts;
import no.samspill.shared.ConcurrentChangeException;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import no.samspill.trial.EnrolPathway;
import no.samspill.trial.TrialQueries;
import no.samspill.trial.WithdrawFromTrial;
import no.samspill.sickleave.MaxDate;
import no.samspill.sickleave.MilestoneKind;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.RegisterSickLeavePeriodInError;
import no.samspill.sickleave.SickLeaveTimeline;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pathway page: patient, state, coordinator, the sick-leave timeline, periods, tasks and history. Every form posts
 * here, calls one use case and either redirects back or re-renders the page with the form's messages.
 */
@Controller
class PathwayController {

    static final int HISTORY_LIMIT = 50;

    private final PathwayQueries pathways;
    private final ReferralQueries referrals;
    private final PersonDirectory persons;
    private final SickLeaveTimelines timelines;
    private final ChangeLog changeLog;
    private final MovePathway movePathway;
    private final ClosePathway closePathway;
    private final AssignCoordinator assignCoordinator;
    private final AddTask addTask;
    private final CompleteTask completeTask;
    private final RecordMilestoneMet recordMilestoneMet;
    private final RegisterSickLeavePeriod registerPeriod;
    private final RegisterSickLeavePeriodInError registerPeriodInError;
    private final CurrentUsers currentUsers;
    private final PersonDataAccess access;
    private final Sharing sharing;
    private final GrantConsent grantConsent;
    private final WithdrawConsent withdrawConsent;
    private final AddNavToTeam addNavToTeam;
    private final RecordWorkStatus recordWorkStatus;
    private final TrialQueries trials;
    private final EnrolPathway enrolPathway;
    private final WithdrawFromTrial withdrawFromTrial;
    private final NameNearestLeader nameNearestLeader;
    private final ResearchObjection researchObjection;
    private final Fmt fmt;
    private final Clock clock;

    PathwayController(PathwayQueries pathways, ReferralQueries referrals, PersonDirectory persons,
                      SickLeaveTimelines timelines, ChangeLog changeLog, MovePathway movePathway,
                      ClosePathway closePathway, AssignCoordinator assignCoordinator, AddTask addTask,
                      CompleteTask completeTask, RecordMilestoneMet recordMilestoneMet,
                      RegisterSickLeavePeriod registerPeriod, RegisterSickLeavePeriodInError registerPeriodInError,
                      CurrentUsers currentUsers, PersonDataAccess access, Sharing sharing, GrantConsent grantConsent,
                      WithdrawConsent withdrawConsent, AddNavToTeam addNavToTeam, RecordWorkStatus recordWorkStatus,
                      TrialQueries trials, EnrolPathway enrolPathway, WithdrawFromTrial withdrawFromTrial,
                      ResearchObjection researchObjection, NameNearestLeader nameNearestLeader, Fmt fmt, Clock clock) {
        this.researchObjection = researchObjection;
        this.nameNearestLeader = nameNearestLeader;
        this.recordWorkStatus = recordWorkStatus;
        this.trials = trials;
        this.enrolPathway = enrolPathway;
        this.withdrawFromTrial = withdrawFromTrial;
        this.access = access;
        this.sharing = sharing;
        this.grantConsent = grantConsent;
        this.withdrawConsent = withdrawConsent;
        this.addNavToTeam = addNavToTeam;
        this.pathways = pathways;
        this.referrals = referrals;
        this.persons = persons;
        this.timelines = timelines;
        this.changeLog = changeLog;
        this.movePathway = movePathway;
        this.closePathway = closePathway;
        this.assignCoordinator = assignCoordinator;
        this.addTask = addTask;
        this.completeTask = completeTask;
        this.recordMilestoneMet = recordMilestoneMet;
        this.registerPeriod = registerPeriod;
        this.registerPeriodInError = registerPeriodInError;
        this.currentUsers = currentUsers;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/forlop/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(visible(id), model);
    }

    @PostMapping("/forlop/{id}/tilstand")
    String move(@PathVariable UUID id, @RequestParam int version, @RequestParam PathwayState target, Model model,
                HttpServletResponse response) {
        return attempt(id, "state", "#tilstand", model, response,
                () -> movePathway.moveTo(id, version, target, actor()));
    }

    @PostMapping("/forlop/{id}/avslutt")
    String close(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        return attempt(id, "close", "#tilstand", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            Outcome parsed = errors.required("outcome", outcome, ReferralForm.choice(Outcome.class));
            errors.throwIfAny();
            closePathway.close(id, version, parsed, note, actor());
        });
    }

    @PostMapping("/forlop/{id}/arbeidsstatus")
    String workStatus(@PathVariable UUID id, @RequestParam(required = false) String months,
                      @RequestParam(required = false) String status, @RequestParam(required = false) String recordedOn,
                      @RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
        return attempt(id, "workStatus", "#arbeidsstatus", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            Integer m = errors.required("months", months, raw -> {
                try {
                    return Integer.valueOf(raw);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Velg 3, 6 eller 12 måneder");
                }
            });
            WorkStatus parsed = errors.required("status", status, ReferralForm.choice(WorkStatus.class));
            LocalDate on = errors.required("recordedOn", recordedOn, Dates::parse);
            errors.throwIfAny();
            recordWorkStatus.record(id, m, parsed, on, version, actor());
        });
    }

    @PostMapping("/forlop/{id}/koordinator")
    String coordinator(@PathVariable UUID id, @RequestParam int version,
                       @RequestParam(required = false) String coordinator, Model model, HttpServletResponse response) {
        return attempt(id, "coordinator", "#tilstand", model, response,
                () -> assignCoordinator.assign(id, version, coordinator, actor()));
    }

    @PostMapping("/forlop/{id}/milepel")
    String milestone(@PathVariable UUID id, @RequestParam MilestoneKind kind,
                     @RequestParam(required = false) String metOn, Model model, HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "milestone-" + kind.name(), "#tidslinje", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            LocalDate met = errors.required("metOn", metOn, Dates::parse);
            errors.throwIfAny();
            recordMilestoneMet.record(pathway.personId(), kind, met, actor());
        });
    }

    @PostMapping("/forlop/{id}/sykmelding")
    String addPeriod(@PathVariable UUID id, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String grade,
                     Model model, HttpServletResponse response) {
        Pathway pathway = visible(id);
        model.addAttribute("periodForm", Map.of("from", nz(from), "to", nz(to), "grade", nz(grade)));
        return attempt(id, "period", "#sykmelding", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            LocalDate fromDate = errors.required("from", from, Dates::parse);
            LocalDate toDate = errors.required("to", to, Dates::parse);
            Integer percent = errors.required("grade", grade, ReferralForm::percent);
            errors.throwIfAny();
            registerPeriod.register(pathway.personId(), fromDate, toDate, percent, actor());
        });
    }

    @PostMapping("/forlop/{id}/sykmelding/{periodId}/registrert-feil")
    String periodInError(@PathVariable UUID id, @PathVariable UUID periodId,
                         @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "period-" + periodId, "#sykmelding", model, response,
                () -> registerPeriodInError.registerInError(pathway.personId(), periodId, reason, actor()));
    }

    @PostMapping("/forlop/{id}/oppgaver")
    String addTask(@PathVariable UUID id, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String owner, @RequestParam(required = false) String dueDate,
                   Model model, HttpServletResponse response) {
        model.addAttribute("taskForm", Map.of("title", nz(title), "owner", nz(owner), "dueDate", nz(dueDate)));
        return attempt(id, "task", "#oppgaver", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            LocalDate due = errors.required("dueDate", dueDate, Dates::parse);
            if (!errors.isEmpty()) {
                errors.check(title != null && !title.isBlank(), "title", "Skriv en oppgavetekst (høyst 300 tegn)");
            }
            errors.throwIfAny();
            addTask.add(id, title, owner, due, actor());
        });
    }

    @PostMapping("/forlop/{id}/oppgaver/{taskId}/utfort")
    String completeTask(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam int version, Model model,
                        HttpServletResponse response) {
        visibleTask(id, taskId);
        return attempt(id, "task-" + taskId, "#oppgaver", model, response,
                () -> completeTask.complete(taskId, version, actor()));
    }

    /** A party outside the clinic (nearest leader, patient, NAV) marks a task they own as done. */
    @PostMapping("/oppgaver/{taskId}/utfort")
    String completeOwnTask(@PathVariable UUID taskId, @RequestParam int version) {
        PathwayTask task = pathways.task(taskId).orElseThrow(() -> new NotFoundException("Oppgaven"));
        completeTask.complete(taskId, version, actor());
        return "redirect:/forlop/" + task.pathwayId() + "#oppgaver";
    }

    @PostMapping("/forlop/{id}/oppgaver/{taskId}/registrert-feil")
    String taskInError(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam int version,
                       @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        visibleTask(id, taskId);
        return attempt(id, "task-" + taskId, "#oppgaver", model, response,
                () -> completeTask.registerInError(taskId, version, reason, actor()));
    }

    /** The clinic names the nearest leader (or another one): only that leader's log-in is tied to the employee. */
    @PostMapping("/forlop/{id}/naermeste-leder")
    String nameNearestLeader(@PathVariable UUID id, @RequestParam(required = false) String employmentId,
                             @RequestParam(required = false) String version,
                             @RequestParam(required = false) String nearestLeader, Model model,
                             HttpServletResponse response) {
        Pathway pathway = visible(id);
        model.addAttribute("leaderForm", Map.of("nearestLeader", nz(nearestLeader)));
        return attempt(id, "leader", "#arbeid", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            NearestLeader leader = errors.required("nearestLeader", nearestLeader, NearestLeader::parse);
            Integer expected = errors.required("version", version, ReferralForm::wholeNumber);
            Employment employment = persons.employments(pathway.personId()).stream()
                    .filter(e -> e.id().toString().equals(employmentId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Arbeidsforholdet"));
            errors.throwIfAny();
            nameNearestLeader.name(employment.id(), expected, leader, actor());
        });
    }

    /**
     * The clinic records a consent the patient gave on paper, optionally until an end date: work function with the
     * employer, health data with NAV, or the GP's participation in collaboration meetings.
     */
    @PostMapping("/forlop/{id}/samtykke")
    String recordConsent(@PathVariable UUID id, @RequestParam(required = false) String recipient,
                         @RequestParam(required = false) String organisation,
                         @RequestParam(required = false) String category,
                         @RequestParam(required = false) String validUntil, Model model, HttpServletResponse response) {
        Pathway pathway = visible(id);
        model.addAttribute("consentForm", Map.of("validUntil", nz(validUntil)));
        return attempt(id, "consent", "#deling", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            Party party = errors.required("recipient", recipient, ReferralForm.choice(Party.class));
            InformationCategory cat = errors.required("category", category, ReferralForm.choice(InformationCategory.class));
            LocalDate until = errors.optional("validUntil", validUntil, Dates::parse);
            errors.throwIfAny();
            grantConsent.grant(pathway.personId().value(), party, organisation, cat, GrantConsent.purposeFor(party),
                    until);
        });
    }

    @PostMapping("/forlop/{id}/samtykke/{consentId}/trekk")
    String withdrawConsent(@PathVariable UUID id, @PathVariable UUID consentId, Model model,
                           HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "consent", "#deling", model, response,
                () -> withdrawConsent.withdraw(pathway.personId().value(), consentId));
    }

    /** The clinic records a written research consent the patient signed on paper, from the day it was signed. */
    @PostMapping("/forlop/{id}/forskning/samtykke")
    String recordResearchConsent(@PathVariable UUID id, @RequestParam(required = false) String signedOn,
                                 @RequestParam(required = false) String confirmed, Model model,
                                 HttpServletResponse response) {
        Pathway pathway = visible(id);
        model.addAttribute("researchForm", Map.of("signedOn", nz(signedOn)));
        return attempt(id, "research", "#forskning", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            LocalDate signed = errors.required("signedOn", signedOn, Dates::parse);
            errors.check("ja".equals(confirmed), "confirmed",
                    "Bekreft at pasienten har signert et skriftlig samtykke som er arkivert");
            errors.throwIfAny();
            grantConsent.grant(pathway.personId().value(), Party.ANALYST, null, InformationCategory.HEALTH,
                    Purpose.RESEARCH, null, signed);
        });
    }

    /** The clinic withdraws a research consent (the patient asked in writing or in person); it counts as an objection. */
    @PostMapping("/forlop/{id}/forskning/samtykke/{consentId}/trekk")
    String withdrawResearchConsent(@PathVariable UUID id, @PathVariable UUID consentId, Model model,
                                   HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "research", "#forskning", model, response,
                () -> withdrawConsent.withdraw(pathway.personId().value(), consentId));
    }

    /** The clinic records a written objection to research without consent, or withdraws it ({@code action=trekk}). */
    @PostMapping("/forlop/{id}/forskning/reservasjon")
    String researchObjection(@PathVariable UUID id, @RequestParam(required = false) String action, Model model,
                             HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "objection", "#forskning", model, response, () -> {
            if ("trekk".equals(action)) {
                researchObjection.withdraw(pathway.personId().value());
            } else {
                researchObjection.object(pathway.personId().value());
            }
        });
    }

    /** The clinic adds the person's NAV office to the team. */
    @PostMapping("/forlop/{id}/nav")
    String addNav(@PathVariable UUID id, @RequestParam(required = false) String navOffice, Model model,
                  HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "nav", "#deling", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            OrganisationNumber org = errors.required("navOffice", navOffice, OrganisationNumber::parse);
            errors.throwIfAny();
            addNavToTeam.add(pathway.personId().value(), org);
        });
    }

    /** The clinic team enrols the pathway in an open trial; the arm is drawn now and shown on the page. */
    @PostMapping("/forlop/{id}/studie")
    String enrol(@PathVariable UUID id, @RequestParam(required = false) String trialCode, Model model,
                 HttpServletResponse response) {
        Pathway pathway = visible(id);
        return attempt(id, "trial", "#studie", model, response, () -> {
            FieldErrors errors = new FieldErrors();
            errors.check(trialCode != null && !trialCode.isBlank(), "trialCode", "Velg studie");
            errors.throwIfAny();
            enrolPathway.enrol(trialCode, pathway.id(), currentUsers.current().username());
        });
    }

    /** The clinic team withdraws the pathway from its trial, with a reason; the arm is kept (intention-to-treat). */
    @PostMapping("/forlop/{id}/studie/trekk")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String trialCode,
                    @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        Pathway pathway = visible(id);
        model.addAttribute("withdrawVals", Map.of("reason", nz(reason)));
        return attempt(id, "withdraw", "#studie", model, response,
                () -> withdrawFromTrial.withdraw(nz(trialCode), pathway.id(), reason,
                        currentUsers.current().username()));
    }

    private String attempt(UUID id, String form, String anchor, Model model, HttpServletResponse response,
                           Runnable action) {
        Pathway pathway = visible(id);
        try {
            action.run();
            return "redirect:/forlop/" + id + anchor;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(form, e));
        } catch (ConcurrentChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        } catch (RefusedChangeException e) {
            response.setStatus(409);
            model.addAttribute("alert", e.getMessage());
        }
        return page(pathways.byId(id).orElse(pathway), model);
    }

    private String page(Pathway pathway, Model model) {
        CurrentUser user = currentUsers.current();
        LocalDate today = LocalDate.now(clock);
        Patient patient = persons.patient(pathway.personId()).orElseThrow(() -> new NotFoundException("Pasienten"));
        // What this viewer may see decides which sections are fetched at all; each fetch is itself checked and logged.
        UUID personId = pathway.personId().value();
        boolean clinicTeam = user.role().clinicTeam();
        boolean seeWork = access.mayRead(personId, InformationCategory.WORK_FUNCTION);
        boolean seeHealth = access.mayRead(personId, InformationCategory.HEALTH);
        Referral referral = seeHealth ? referrals.byId(pathway.referralId()).orElse(null) : null;
        SickLeaveTimeline timeline = seeWork ? timelines.timeline(pathway.personId(), today) : null;
        NationalIdNumber nationalId = patient.nationalId();
        List<PathwayTask> tasks = pathways.tasks(pathway.id()).stream()
                .filter(t -> clinicTeam || user.username().equals(t.owner())).toList();
        model.addAttribute("clinicTeam", clinicTeam);
        var allocation = trials.allocationOf(pathway.id()).orElse(null);
        model.addAttribute("allocation", allocation);
        model.addAttribute("openTrials", clinicTeam && allocation == null && pathway.state().open()
                ? trials.openForClinic(pathway.clinicOrgNumber()) : List.of());
        model.addAttribute("seeWork", seeWork);
        model.addAttribute("seeHealth", seeHealth);
        model.addAttribute("pathway", pathway);
        model.addAttribute("patient", patient);
        model.addAttribute("age", today.isBefore(nationalId.birthDate()) ? null : nationalId.ageOn(today));
        model.addAttribute("employment", persons.employments(pathway.personId()).stream().reduce((a, b) -> b).orElse(null));
        model.addAttribute("referral", referral);
        // Only what a user may choose: a referred pathway waits for its referral's triage (no buttons, no closing).
        model.addAttribute("nextStates", pathway.state().nextByHand().stream().filter(s -> s != PathwayState.CLOSED)
                .toList());
        model.addAttribute("canClose", pathway.state().nextByHand().contains(PathwayState.CLOSED));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("coordinators", DemoAccounts.coordinatorsOf(pathway.clinicOrgNumber()));
        model.addAttribute("clinicUsers", DemoAccounts.teamOf(pathway.clinicOrgNumber()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("strip", timeline == null ? null : TimelineStrip.of(timeline, fmt));
        // Where "today" falls among the milestones, so the timeline list shows it in date order.
        model.addAttribute("todayIndex", timeline == null ? 0
                : (int) timeline.milestones().stream().filter(m -> !m.dueDate().isAfter(today)).count());
        model.addAttribute("maxDateLabel", MaxDate.LABEL);
        model.addAttribute("openTasks", tasks.stream().filter(PathwayTask::open).toList());
        model.addAttribute("closedTasks", tasks.stream().filter(t -> !t.open()).toList());
        model.addAttribute("history", clinicTeam ? changeLog.forPerson(personId, HISTORY_LIMIT) : List.of());
        model.addAttribute("sharingRows", clinicTeam ? sharing.overview(personId, fmt::clinic) : List.of());
        List<Consent> consents = clinicTeam ? sharing.history(personId) : List.of();
        model.addAttribute("consents", consents);
        model.addAttribute("navOffice", DemoAccounts.NAV_OFFICE);
        addResearch(model, clinicTeam, personId, consents, today);
        model.addAttribute("workStatuses", seeWork ? pathways.workStatuses(pathway.id()) : List.of());
        model.addAttribute("workStatusOptions", WorkStatus.values());
        model.addAttribute("workStatusMonths", WorkStatusRecord.FOLLOW_UP_MONTHS);
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", Map.of("from", "", "to", "", "grade", "100"));
        }
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", Map.of("validUntil", ""));
        }
        if (!model.containsAttribute("leaderForm")) {
            model.addAttribute("leaderForm", Map.of("nearestLeader", ""));
        }
        if (!model.containsAttribute("researchForm")) {
            model.addAttribute("researchForm", Map.of("signedOn", ""));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", Map.of("title", "", "owner", user.username(), "dueDate", ""));
        }
        return "pathway";
    }

    /** The person's research choices, read through the access use cases, for the clinic team's "Forskning" panel. */
    private void addResearch(Model model, boolean clinicTeam, UUID personId, List<Consent> consents, LocalDate today) {
        if (!clinicTeam) {
            model.addAttribute("researchConsent", null);
            model.addAttribute("researchWithdrawn", false);
            model.addAttribute("researchObjection", null);
            return;
        }
        List<Consent> research = consents.stream().filter(c -> c.purpose() == Purpose.RESEARCH).toList();
        model.addAttribute("researchConsent", research.stream().filter(c -> c.activeOn(today)).findFirst().orElse(null));
        model.addAttribute("researchWithdrawn", research.stream().anyMatch(c -> c.withdrawnAt() != null));
        model.addAttribute("researchObjection", researchObjection.current(personId).orElse(null));
    }

    /** The pathway, if the viewer may see it (the access decision answers; a refusal becomes 404 or 403). */
    private Pathway visible(UUID id) {
        return pathways.byId(id).orElseThrow(() -> new NotFoundException("Forløpet"));
    }

    private void visibleTask(UUID pathwayId, UUID taskId) {
        visible(pathwayId);
        pathways.task(taskId).filter(t -> t.pathwayId().equals(pathwayId))
                .orElseThrow(() -> new NotFoundException("Oppgaven"));
    }

    private String actor() {
        return currentUsers.current().username();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
