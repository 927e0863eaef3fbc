package no.samspill.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samspill.access.ClinicScope;
import no.samspill.access.InformationCategory;
import no.samspill.access.PersonDataAccess;
import no.samspill.history.ChangeLog;
import no.samspill.shared.NotFoundException;
import no.samspill.shared.RefusedChangeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a personal link for a round and sends it through the {@link LinkSender}: a fresh 256-bit token (only its
 * SHA-256 is stored), valid for {@code samspill.questionnaire.link-validity} (default 30 days); earlier unused links of
 * the round stop working. The URL carries the token only: no national ID number, no person id.
 */
@Service
public class SendLink {

    private final Assignments assignments;
    private final Links links;
    private final LinkSender sender;
    private final PersonDataAccess access;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final String baseUrl;
    private final Duration validity;

    SendLink(Assignments assignments, Links links, LinkSender sender, PersonDataAccess access, ChangeLog changeLog,
             Clock clock, @Value("${samspill.questionnaire.link-base-url:http://localhost:8080}") String baseUrl,
             @Value("${samspill.questionnaire.link-validity:P30D}") Duration validity) {
        this.assignments = assignments;
        this.links = links;
        this.sender = sender;
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.validity = validity;
    }

    @Transactional
    public IssuedLink send(UUID pathwayId, UUID roundId, String actor) {
        Round round = assignments.round(roundId).filter(r -> r.pathwayId().equals(pathwayId))
                .orElseThrow(() -> new NotFoundException("Runden"));
        if (round.completedAt() != null) {
            throw new RefusedChangeException("Runden er allerede besvart");
        }
        if (round.cancelledAt() != null) {
            throw new RefusedChangeException("Runden er avlyst fordi forløpet er avsluttet");
        }
        access.requireWrite(round.personId().value(), ClinicScope.pathway(round.pathwayId()), InformationCategory.HEALTH,
                "QuestionnaireLink", roundId);
        Instant now = clock.instant();
        String token = LinkTokens.newToken();
        Instant expires = now.plus(validity);
        links.revokeOpen(roundId, now);
        links.insert(LinkTokens.hash(token), roundId, expires, actor, now);
        String url = baseUrl + "/skjema/" + token;
        sender.send(round.personId().value(), roundId, url, expires);
        changeLog.record(ChangeLog.change(round.personId().value(), "QUESTIONNAIRE_LINK", roundId, "Lenke sendt", actor,
                now, round.planned().title(), InformationCategory.HEALTH).heldBy(access.clinicOfPathway(round.pathwayId())));
        return new IssuedLink(roundId, url, expires);
    }
}
