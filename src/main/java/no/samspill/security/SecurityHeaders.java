package no.samspill.security;

/** The security headers every Samspill page and API answer carries, in one place for every filter chain. */
public final class SecurityHeaders {

    /** Only our own scripts, styles and forms; no framing (clickjacking), no plugins. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }
}
