package no.samspill.web;

import java.util.UUID;
import no.samspill.access.AccessLogs;
import no.samspill.access.GrantConsent;
import no.samspill.access.InformationCategory;
import no.samspill.access.Party;
import no.samspill.access.Purpose;
import no.samspill.access.Sharing;
import no.samspill.access.WithdrawConsent;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.pathway.PathwayQueries;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.security.CurrentUser;
import no.samspill.security.CurrentUsers;
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
    private final CurrentUsers users;
    private final Fmt fmt;

    MyPagesController(PersonDirectory persons, PathwayQueries pathways, Sharing sharing, GrantConsent grantConsent,
                      WithdrawConsent withdrawConsent, AccessLogs accessLogs, CurrentUsers users, Fmt fmt) {
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
        model.addAttribute("consents", sharing.history(me.value()));
        return "my-sharing";
    }

    @PostMapping("/mitt/deling/pa")
    String switchOn(@RequestParam Party recipient, @RequestParam(required = false) String organisation,
                    @RequestParam InformationCategory category, RedirectAttributes redirect) {
        try {
            grantConsent.grant(me().value(), recipient, organisation, category, Purpose.FOLLOW_UP, null);
            redirect.addFlashAttribute("notice", "Samtykket er registrert. Det gjelder fra nå.");
        } catch (InvalidInputException e) {
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
