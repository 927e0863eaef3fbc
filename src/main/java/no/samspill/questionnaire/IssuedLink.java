package no.samspill.questionnaire;

import java.time.Instant;
import java.util.UUID;

/** A link just made: the URL (with its token, shown once and never stored) and when it expires. */
public record IssuedLink(UUID roundId, String url, Instant expiresAt) {
}
