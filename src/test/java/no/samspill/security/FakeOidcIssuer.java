package no.samspill.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny OpenID provider on a random loopback port, for tests without network: discovery, JWKS (a key generated here),
 * authorize (redirects straight back with a code: the "user" is whoever the test says) and token (an ID token signed
 * with the test key, carrying the nonce of the authorization request; PKCE is checked). One server hosts several
 * issuers, one per path ({@code /idporten}, {@code /helseid}). Also signs bearer tokens for API tests.
 */
final class FakeOidcIssuer implements AutoCloseable {

    static final String CLIENT_SECRET = "test-secret-not-real";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Map<String, Object>> nextUser = new ConcurrentHashMap<>();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String issuer, String clientId, String nonce, String challenge, Map<String, Object> claims) {
    }

    FakeOidcIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer(String name) {
        return base() + "/" + name;
    }

    /** The claims (besides iss, aud, iat, exp, nonce) of the ID token for the next log-in at this issuer. */
    void nextLogin(String name, Map<String, Object> claims) {
        nextUser.put(name, claims);
    }

    /** An access token signed with the issuer's key. */
    String accessToken(String name, String audience, Map<String, Object> claims, Instant expires) {
        return sign(key, issuer(name), audience, claims, expires, null);
    }

    /** The same token, but signed with a key the issuer never published. */
    static String signedByStranger(String issuer, String audience, Map<String, Object> claims) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
            return sign(stranger, issuer, audience, claims, Instant.now().plusSeconds(300), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, String issuer, String audience, Map<String, Object> claims, Instant expires,
                               String nonce) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                    .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach(builder::claim);
            if (nonce != null) {
                builder.claim("nonce", nonce);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/", 3);
            if (parts.length < 3) {
                send(exchange, 404, "text/plain", "not found");
                return;
            }
            String name = parts[1];
            String issuer = issuer(name);
            switch ("/" + parts[2]) {
                case "/.well-known/openid-configuration" -> send(exchange, 200, "application/json", json(Map.of(
                        "issuer", issuer,
                        "authorization_endpoint", issuer + "/authorize",
                        "token_endpoint", issuer + "/token",
                        "jwks_uri", issuer + "/jwks",
                        "response_types_supported", java.util.List.of("code"),
                        "subject_types_supported", java.util.List.of("pairwise"),
                        "id_token_signing_alg_values_supported", java.util.List.of("RS256"),
                        "token_endpoint_auth_methods_supported", java.util.List.of("client_secret_basic"),
                        "code_challenge_methods_supported", java.util.List.of("S256"))));
                case "/jwks" -> send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
                case "/authorize" -> authorize(exchange, name, issuer);
                case "/token" -> token(exchange);
                default -> send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void authorize(HttpExchange exchange, String name, String issuer) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))) {
            send(exchange, 400, "text/plain", "code flow with PKCE S256 only");
            return;
        }
        Map<String, Object> claims = nextUser.getOrDefault(name, Map.of());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(issuer, q.get("client_id"), q.get("nonce"), q.get("code_challenge"), claims));
        if (q.get("acr_values") != null) {
            exchange.getResponseHeaders().add("X-Acr-Values", q.get("acr_values"));
        }
        exchange.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + enc(code) + "&state="
                + enc(q.get("state")));
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((enc(grant.clientId()) + ":" + enc(CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if (!grant.challenge().equals(s256(body.getOrDefault("code_verifier", "")))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE\"}");
            return;
        }
        String idToken = sign(key, grant.issuer(), grant.clientId(), grant.claims(), Instant.now().plusSeconds(300),
                grant.nonce());
        send(exchange, 200, "application/json", json(Map.of("access_token", UUID.randomUUID().toString(),
                "token_type", "Bearer", "expires_in", 300, "scope", "openid", "id_token", idToken)));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(Map<String, Object> map) {
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(map);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
