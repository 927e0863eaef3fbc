package no.samspill.questionnaire;

import java.time.Instant;
import no.samspill.instrument.InstrumentRef;

/** Resolving a link token to its round, refusing any link that cannot be used. */
final class PatientLinks {

    private PatientLinks() {
    }

    static Links.LinkedRound usable(Links links, String token, boolean lock, Instant now) {
        if (!LinkTokens.wellFormed(token)) {
            throw new LinkNotUsableException(LinkNotUsableException.Reason.UNKNOWN);
        }
        Links.LinkedRound link = links.find(LinkTokens.hash(token), lock)
                .orElseThrow(() -> new LinkNotUsableException(LinkNotUsableException.Reason.UNKNOWN));
        LinkNotUsableException.Reason problem = link.problem(now);
        if (problem != null) {
            throw new LinkNotUsableException(problem);
        }
        return link;
    }

    static boolean assigned(Links.LinkedRound link, InstrumentRef ref) {
        return link.instruments().contains(ref);
    }
}
