package no.samspill.fhir;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for de-identified exports: HMAC-SHA256 of the kind and the id under a secret key kept in the
 * database (never exported), truncated to 128 bits. The same person has the same pseudonym in every export, so
 * analysts can follow a pathway over time, but it cannot be turned back into the id without the key; a different kind
 * ("Patient", "EpisodeOfCare") gives a different pseudonym for the same UUID.
 */
final class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The pseudonym key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String of(String kind, UUID id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
