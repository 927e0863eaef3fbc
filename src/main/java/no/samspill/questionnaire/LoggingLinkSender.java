package no.samspill.questionnaire;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/** Until real channels exist: logs that a link was sent, with the internal ids only (never the token or the link). */
@Component
@ConditionalOnMissingBean(value = LinkSender.class, ignored = LoggingLinkSender.class)
class LoggingLinkSender implements LinkSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingLinkSender.class);

    @Override
    public void send(UUID personId, UUID roundId, String link, Instant expiresAt) {
        log.info("Questionnaire link sent (log only): person {}, round {}, expires {}", personId, roundId, expiresAt);
    }
}
