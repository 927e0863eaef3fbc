package no.samspill.pathway;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.shared.RefusedChangeException;

/** A task on a pathway, with an owner (username) and a due date. */
@PersonData(InformationCategory.ADMIN)
public record PathwayTask(UUID id, UUID pathwayId, String title, String owner, LocalDate dueDate, LocalDate doneOn,
                          String voidReason, int version) {

    public boolean open() {
        return doneOn == null && voidReason == null;
    }

    PathwayTask complete(LocalDate today) {
        if (!open()) {
            throw new RefusedChangeException("Oppgaven er allerede " + (voidReason != null ? "markert som registrert feil" : "utført"));
        }
        return new PathwayTask(id, pathwayId, title, owner, dueDate, today, voidReason, version);
    }

    PathwayTask voidAsRegisteredInError(String reason) {
        if (voidReason != null) {
            throw new RefusedChangeException("Oppgaven er allerede markert som registrert feil");
        }
        if (reason == null || reason.isBlank()) {
            throw no.samspill.shared.InvalidInputException.of("reason", "Oppgi hvorfor oppgaven er registrert feil");
        }
        return new PathwayTask(id, pathwayId, title, owner, dueDate, doneOn, reason.trim(), version);
    }
}
