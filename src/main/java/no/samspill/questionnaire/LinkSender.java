package no.samspill.questionnaire;

import java.time.Instant;
import java.util.UUID;

/**
 * The notification port: delivers a personal questionnaire link to the patient (SMS, e-mail, digital mailbox in a
 * later issue). Implementations must never log the link or its token.
 */
public interface LinkSender {

    void send(UUID personId, UUID roundId, String link, Instant expiresAt);
}
