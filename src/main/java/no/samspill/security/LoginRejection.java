package no.samspill.security;

import java.util.Arrays;
import java.util.Optional;

/** Why an OIDC log-in or a bearer token was turned down: the OAuth2 error code and the text the log-in page shows. */
public enum LoginRejection {
    INSUFFICIENT_ACR("samspill_insufficient_acr", "Innlogging avvist: for lavt sikkerhetsnivå"),
    INVALID_NATIONAL_ID("samspill_invalid_national_id", "Innlogging avvist: fødselsnummeret fra ID-porten er ugyldig"),
    MISSING_HPR("samspill_missing_hpr", "Innlogging avvist: HPR-nummer mangler eller er ugyldig"),
    MISSING_ORGANISATION("samspill_missing_organisation", "Innlogging avvist: ukjent eller ugyldig organisasjon"),
    MISSING_USERNAME("samspill_missing_username", "Innlogging avvist: brukeridentitet mangler"),
    UNKNOWN_PROVIDER("samspill_unknown_provider", "Innlogging avvist: ukjent innloggingstjeneste");

    /** Shown for any other failure of an OIDC log-in (the identity provider said no, the token was invalid). */
    public static final String GENERIC_MESSAGE = "Innlogging avvist. Prøv igjen, eller kontakt brukerstøtte.";

    private final String code;
    private final String message;

    LoginRejection(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The short key used in {@code /login?avvist=KEY}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<LoginRejection> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static Optional<LoginRejection> ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}
