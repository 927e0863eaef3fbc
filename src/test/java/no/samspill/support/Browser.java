package no.samspill.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One user's browser session against the running server: form log-in, cookies, CSRF tokens from pages. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in with the demo password; returns this browser, logged in, or throws. */
    public Browser logIn(String username) {
        String token = token(get("/login").body());
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", "demo"), token);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Log-in failed for " + username + ": " + response.statusCode() + " " + location);
        }
        csrf = token(get("/").statusCode() == 302 ? get(location(get("/"))).body() : get("/").body());
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET whose body is binary (a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form POST with this session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, csrf);
    }

    /** A form POST with an explicit CSRF token (before log-in, from the log-in page). */
    public HttpResponse<String> postWithToken(String path, Map<String, String> form, String token) {
        return post(path, form, token);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String token) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (token != null) {
            all.put("_csrf", token);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("/");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
