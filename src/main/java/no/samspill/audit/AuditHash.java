package no.samspill.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields, so changing,
 * removing or inserting an entry breaks every later link.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, long sequence, AuditEntry e) {
        String canonical = String.join("\u001f", previousHash, Long.toString(sequence), e.at().toString(),
                e.username(), nz(e.role()), nz(e.organisationNumber()), nz(e.personId()), nz(e.resourceType()),
                nz(e.resourceId()), nz(e.category()), e.action().name(), nz(e.purpose()), nz(e.consentId()),
                Boolean.toString(e.allowed()), nz(e.reason()),
                e.listedPersons().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(",")));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
