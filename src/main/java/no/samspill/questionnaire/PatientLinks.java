package no.samspill.questionnaire;

import java.time.Instant;
import no.samspill.instrument.InstrumentRef;
import no.samspill.shared.InvalidInputException;

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

    /** The link, if it can be used and is for this questionnaire; otherwise the reason (401, 409 or 400). */
    static Links.LinkedRound assignedLink(Links links, String token, InstrumentRef ref, boolean lock, Instant now) {
        Links.LinkedRound link = usable(links, token, lock, now);
        if (!assigned(link, ref)) {
            throw InvalidInputException.of("questionnaire", "Skjemaet «" + ref + "» hører ikke til denne lenken");
        }
        return link;
    }
}
