package no.samspill.audit;

/** The result of walking the hash chain: how many entries were checked and the first broken link, if any. */
public record ChainVerification(long checked, Long firstBrokenSequence, String problem) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
