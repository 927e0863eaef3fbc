package no.samspill.research;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA256 of the national ID number under the project's 256-bit secret, the first 100 bits in
 * lower-case base32 (20 characters). The same person gets the same pseudonym in every extract of one project, and
 * unrelated pseudonyms in different projects; without the secret, nobody can go from a national ID number to its
 * pseudonym (no dictionary attack over the ~ 10^8 valid numbers). 100 bits keep collisions negligible (~ 10^-18 for
 * a million persons).
 */
public final class Pseudonyms {

    public static final int LENGTH = 20;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Pseudonyms() {
    }

    public static String of(byte[] projectSecret, String nationalId) {
        if (projectSecret == null || projectSecret.length < 32) {
            throw new IllegalArgumentException("The project secret must have at least 256 bits");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(projectSecret, "HmacSHA256"));
            return base32(mac.doFinal(nationalId.getBytes(StandardCharsets.US_ASCII)), LENGTH);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < length) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
            if (out.length() == length) {
                break;
            }
        }
        return out.toString();
    }
}
