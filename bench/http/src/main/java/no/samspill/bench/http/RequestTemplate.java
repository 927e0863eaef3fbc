package no.samspill.bench.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The fixed part of an HTTP/1.1 request (request line, {@code Host} and the headers that every request of a load
 * run shares), encoded once; {@link #encode} adds the per-request part and gives the complete request as one byte
 * array for {@link HttpConnection#send}.
 */
public final class RequestTemplate {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CONTENT_LENGTH = "Content-Length: ".getBytes(StandardCharsets.US_ASCII);

    private final byte[] head;

    /**
     * @param method  e.g. {@code POST}
     * @param target  an {@code http} URI: host and port go into {@code Host}, path and query into the request line
     * @param headers headers sent with every request, in this order ({@code Content-Type}, {@code Accept},
     *                {@code Authorization}, …); not {@code Host}, {@code Content-Length} or {@code Transfer-Encoding}
     */
    public RequestTemplate(String method, URI target, Map<String, String> headers) {
        if (!"http".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("not an http URI with a host: " + target);
        }
        checkToken(method);
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        if (target.getRawQuery() != null) {
            path += "?" + target.getRawQuery();
        }
        String host = target.getHost().contains(":") && !target.getHost().startsWith("[")
                ? "[" + target.getHost() + "]" : target.getHost();
        StringBuilder s = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(target.getPort() == -1 ? "" : ":" + target.getPort())
                .append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Transfer-Encoding")) {
                throw new IllegalArgumentException(name + " is set by the template");
            }
            header(s, name, h.getValue());
        }
        this.head = s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The request with this body ({@code Content-Length} always, also 0) or, if {@code body} is null, none. */
    public byte[] encode(byte[] body) {
        return encode(body, null, null);
    }

    /**
     * The request with one more header for this request only (e.g. a single-use token), then the body; with a null
     * {@code name} no extra header.
     */
    public byte[] encode(byte[] body, String name, String value) {
        byte[] extra = name == null ? new byte[0]
                : header(new StringBuilder(name.length() + value.length() + 4), name, value).toString()
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] length = body == null ? new byte[0]
                : Integer.toString(body.length).getBytes(StandardCharsets.US_ASCII);
        int size = head.length + extra.length + (body == null ? 0 : CONTENT_LENGTH.length + length.length + 2)
                + 2 + (body == null ? 0 : body.length);
        byte[] out = Arrays.copyOf(head, size);
        int at = head.length;
        System.arraycopy(extra, 0, out, at, extra.length);
        at += extra.length;
        if (body != null) {
            System.arraycopy(CONTENT_LENGTH, 0, out, at, CONTENT_LENGTH.length);
            at += CONTENT_LENGTH.length;
            System.arraycopy(length, 0, out, at, length.length);
            at += length.length;
            out[at++] = '\r';
            out[at++] = '\n';
        }
        System.arraycopy(CRLF, 0, out, at, 2);
        at += 2;
        if (body != null) {
            System.arraycopy(body, 0, out, at, body.length);
        }
        return out;
    }

    private static StringBuilder header(StringBuilder s, String name, String value) {
        checkToken(name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c > 0xff) {
                throw new IllegalArgumentException("header " + name + ": line break or non-Latin-1 character");
            }
        }
        return s.append(name).append(": ").append(value).append("\r\n");
    }

    private static void checkToken(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("empty method or header name");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("not a token: " + token);
            }
        }
    }
}
