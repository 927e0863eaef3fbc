package no.samspill.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samspill.shared.RefusedChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient objects to research use of their data without consent (projects with an exemption from consent), or
 * withdraws the objection — themself, or through the clinic team recording it. Takes effect for the next extract.
 */
@Service
public class ResearchObjection {

    private final AccessRecords records;
    private final PersonDataAccess access;
    private final Clock clock;

    ResearchObjection(AccessRecords records, PersonDataAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void object(UUID personId) {
        access.requireWrite(personId, InformationCategory.ADMIN, "Consent", null);
        if (!records.object(personId, access.viewer().username(), clock.instant())) {
            throw new RefusedChangeException("Reservasjonen er allerede registrert");
        }
    }

    @Transactional
    public void withdraw(UUID personId) {
        access.requireWrite(personId, InformationCategory.ADMIN, "Consent", null);
        if (!records.withdrawObjection(personId, access.viewer().username(), clock.instant())) {
            throw new RefusedChangeException("Det er ingen reservasjon å trekke tilbake");
        }
    }

    /** When the standing objection was made, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Instant> current(UUID personId) {
        access.requireRead(personId, InformationCategory.ADMIN, "Consent", null);
        return records.researchObjection(personId);
    }
}
