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

    /**
     * The version new entries are hashed with (V119): it covers the display and organisation names (V118) and the
     * basis of the decision as well.
     */
    public static final int CURRENT_VERSION = 3;

    /** The hash of a new entry ({@link #CURRENT_VERSION}). */
    public static String of(String previousHash, long sequence, AuditEntry e) {
        return of(CURRENT_VERSION, previousHash, sequence, e);
    }

    /**
     * The hash of an entry as its version defines it. Version 1 left out the user's display name and the organisation's
     * name; version 2 adds them and its own number, so turning a version-2 entry into a version-1 one breaks its hash.
     * Version 3 adds the basis of the decision and its own number. Entries of versions 1 and 2 were written before the
     * basis was recorded: one that carries a basis has been changed, and no hash of its version is computed for it (an
     * {@link IllegalArgumentException}, as for an unknown version), so moving a version-3 entry to an older version
     * cannot hide its basis from the hash.
     */
    public static String of(int version, String previousHash, long sequence, AuditEntry e) {
        String v1 = String.join("\u001f", previousHash, Long.toString(sequence), e.at().toString(),
                e.username(), nz(e.role()), nz(e.organisationNumber()), nz(e.personId()), nz(e.resourceType()),
                nz(e.resourceId()), nz(e.category()), e.action().name(), nz(e.purpose()), nz(e.consentId()),
                Boolean.toString(e.allowed()), nz(e.reason()),
                e.listedPersons().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(",")));
        if (version < 3 && e.basis() != null) {
            throw new IllegalArgumentException("an audit entry of hash version " + version + " has no basis");
        }
        String canonical = switch (version) {
            case 1 -> v1;
            case 2 -> String.join("\u001f", "v2", v1, nz(e.displayName()), nz(e.organisationName()));
            case 3 -> String.join("\u001f", "v3", v1, nz(e.displayName()), nz(e.organisationName()), nz(e.basis()));
            default -> throw new IllegalArgumentException("unknown audit hash version " + version);
        };
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
