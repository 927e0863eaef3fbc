package no.samspill.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.samspill.access.AccessLogs;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.person.PersonDirectory;
import no.samspill.person.PersonId;
import no.samspill.shared.Dates;
import no.samspill.shared.FieldErrors;
import no.samspill.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security officer's access-log search and hash-chain verification. */
@Controller
class AccessLogController {

    static final int LIMIT = 500;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final AccessLogs accessLogs;
    private final PersonDirectory persons;

    AccessLogController(AccessLogs accessLogs, PersonDirectory persons) {
        this.accessLogs = accessLogs;
        this.persons = persons;
    }

    @GetMapping("/tilgangslogg")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String nationalId,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "false") boolean onlyDenied, Model model) {
        FieldErrors errors = new FieldErrors();
        NationalIdNumber nin = errors.optional("nationalId", nationalId, NationalIdNumber::parse);
        LocalDate fromDate = errors.optional("from", from, Dates::parse);
        LocalDate toDate = errors.optional("to", to, Dates::parse);
        if (fromDate != null && toDate != null) {
            errors.check(!toDate.isBefore(fromDate), "to", "Til-dato kan ikke være før fra-dato");
        }
        model.addAttribute("query", java.util.Map.of("username", nz(username), "nationalId", nz(nationalId),
                "from", nz(from), "to", nz(to), "onlyDenied", onlyDenied));
        try {
            errors.throwIfAny();
            UUID personId = nin == null ? null
                    : persons.idForAuditControl(nin).map(PersonId::value).orElse(new UUID(0, 0));
            model.addAttribute("entries", accessLogs.search(username, personId,
                    fromDate == null ? null : fromDate.atStartOfDay(OSLO).toInstant(),
                    toDate == null ? null : toDate.plusDays(1).atStartOfDay(OSLO).toInstant(), onlyDenied, LIMIT));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of("search", e));
            model.addAttribute("entries", java.util.List.of());
        }
        return "access-log";
    }

    @PostMapping("/tilgangslogg/verifiser")
    String verify(Model model) {
        model.addAttribute("verification", accessLogs.verifyChain());
        model.addAttribute("query", java.util.Map.of("username", "", "nationalId", "", "from", "", "to", "",
                "onlyDenied", false));
        model.addAttribute("entries", java.util.List.of());
        return "access-log";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
