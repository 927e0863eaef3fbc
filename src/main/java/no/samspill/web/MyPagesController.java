package no.samspill.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samspill.access.AccessLogs;
import no.samspill.access.Consent;
import no.samspill.access.ResearchObjection;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.access.Sharing;
import no.samspill.access.SharingRow;
import no.samspill.access.WithdrawConsent;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient's own pages: my pathway, who can see what (with switches), and who has looked at my information. */
@Controller
class MyPagesController {

    private final PersonDirectory persons;
    private final PathwayQueries pathways;
    private final Sharing sharing;
    private final GrantConsent grantConsent;
    private final WithdrawConsent withdrawConsent;
    private final AccessLogs accessLogs;
    private final ResearchObjection researchObjection;
    private final Clock clock;
    private final CurrentUsers users;
    private final Fmt fmt;

    MyPagesController(PersonDirectory persons, PathwayQueries pathways, Sharing sharing, GrantConsent grantConsent,
                      WithdrawConsent withdrawConsent, AccessLogs accessLogs, CurrentUsers users, Fmt fmt,
                      ResearchObjection researchObjection, Clock clock) {
        this.researchObjection = researchObjection;
        this.clock = clock;
        this.persons = persons;
        this.pathways = pathways;
        this.sharing = sharing;
        this.grantConsent = grantConsent;
        this.withdrawConsent = withdrawConsent;
        this.accessLogs = accessLogs;
        this.users = users;
        this.fmt = fmt;
    }

    @GetMapping("/mitt")
    String mine(Model model) {
        PersonId me = me();
        model.addAttribute("pathways", pathways.ofPerson(me));
        return "my";
    }

    @GetMapping("/mitt/deling")
    String sharing(Model model) {
        PersonId me = me();
        model.addAttribute("rows", sharing.overview(me.value(), fmt::clinic));
        List<Consent> consents = sharing.history(me.value());
        model.addAttribute("consents", consents);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("researchConsent", consents.stream()
                .filter(c -> c.purpose() == Purpose.RESEARCH && c.activeOn(today)).findFirst().orElse(null));
        model.addAttribute("researchObjection", researchObjection.current(me.value()).orElse(null));
        return "my-sharing";
    }

    /**
     * Switches a line on, optionally until a day ("til og med"). A bad end date (not a date, or before today) is a field
     * message on that line's form (400), never a 500; other refusals are shown as an alert.
     */
    @PostMapping("/mitt/deling/pa")
    String switchOn(@RequestParam Party recipient, @RequestParam(required = false) String organisation,
                    @RequestParam InformationCategory category, @RequestParam(required = false) String validUntil,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String form = SharingRow.formName(recipient, organisation, category);
        try {
            FieldErrors errors = new FieldErrors();
            LocalDate until = errors.optional("validUntil", validUntil, Dates::parse);
            errors.throwIfAny();
            Consent consent = grantConsent.grant(me().value(), recipient, organisation, category,
                    GrantConsent.purposeFor(recipient), until);
            redirect.addFlashAttribute("notice", consent.validUntil() == null
                    ? "Samtykket er registrert. Det gjelder fra nå."
                    : "Samtykket er registrert. Det gjelder fra nå til og med " + fmt.date(consent.validUntil()) + ".");
        } catch (InvalidInputException e) {
            if (e.problems().stream().anyMatch(p -> p.field().equals("validUntil"))) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("errors", FormErrors.of(form, e));
                model.addAttribute("untilValue", validUntil);
                return sharing(model);
            }
            redirect.addFlashAttribute("alert", e.problems().get(0).message());
        }
        return "redirect:/mitt/deling";
    }

    @PostMapping("/mitt/deling/{consentId}/av")
    String switchOff(@PathVariable UUID consentId, RedirectAttributes redirect) {
        try {
            withdrawConsent.withdraw(me().value(), consentId);
            redirect.addFlashAttribute("notice", "Samtykket er trukket tilbake. Det gjelder fra nå, også for dem som har siden åpen.");
        } catch (RefusedChangeException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return "redirect:/mitt/deling";
    }

    /** Research: consent to pseudonymised extracts (projects based on consent). */
    @PostMapping("/mitt/deling/forskning/pa")
    String researchOn(RedirectAttributes redirect) {
        grantConsent.grant(me().value(), Party.ANALYST, null, InformationCategory.HEALTH, Purpose.RESEARCH, null);
        redirect.addFlashAttribute("notice", "Samtykket til forskning er registrert. Det gjelder fra neste uttrekk.");
        return "redirect:/mitt/deling";
    }

    /** Research: object to use without consent (projects with an exemption from consent), or withdraw the objection. */
    @PostMapping("/mitt/deling/forskning/reservasjon")
    String researchObjection(@RequestParam(required = false) String action, RedirectAttributes redirect) {
        try {
            if ("trekk".equals(action)) {
                researchObjection.withdraw(me().value());
                redirect.addFlashAttribute("notice", "Reservasjonen er trukket tilbake.");
            } else {
                researchObjection.object(me().value());
                redirect.addFlashAttribute("notice", "Reservasjonen er registrert. Opplysningene dine blir ikke med i "
                        + "forskningsuttrekk uten samtykke fra og med neste uttrekk.");
            }
        } catch (RefusedChangeException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return "redirect:/mitt/deling";
    }

    @GetMapping("/mitt/innsyn")
    String whoHasLooked(Model model) {
        model.addAttribute("entries", accessLogs.whoHasLooked(me().value()));
        return "my-access-log";
    }

    private PersonId me() {
        CurrentUser user = users.current();
        return persons.idOf(NationalIdNumber.parse(user.nationalId()))
                .orElseThrow(() -> new NotFoundException("Forløpet ditt"));
    }
}
