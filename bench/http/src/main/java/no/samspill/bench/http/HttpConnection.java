package no.samspill.bench.http;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One blocking HTTP/1.1 keep-alive connection over a plain {@link Socket} ({@code TCP_NODELAY}), for one thread of
 * a closed-loop load driver: {@link #send} writes a request encoded beforehand (see {@link RequestTemplate}) with one
 * write, then reads the status line, the headers and the whole body ({@code Content-Length}, {@code chunked}, or up
 * to the end of the stream). The body lands in a buffer that is reused from request to request; {@link #bodyText()}
 * and {@link #body()} give it when a caller wants it, otherwise it is simply overwritten by the next response.
 *
 * <p>The connection opens on the first request and stays open until the server answers {@code Connection: close}
 * (or HTTP/1.0 without keep-alive, or a body delimited by the end of the stream); the next request then opens a new
 * one. If a request fails with an {@link IOException} (typically a kept-alive connection the server has closed in the
 * meantime), the connection is reopened and the request sent once more; a second failure, and any read timeout, is
 * thrown. Timeouts: connect 5 s and read 30 s unless given. Not thread-safe.
 */
public final class HttpConnection implements Closeable {

    public static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    public static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final int MAX_LINE_BUFFER = 64 * 1024;

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    private byte[] body = new byte[16 * 1024];
    private int bodyLength;
    private int status;
    private int connects;

    private long contentLength;
    private boolean chunked;
    private boolean closeAfter;
    private String capturedName;
    private String captured;

    /** A connection to the host and port of an {@code http} URI (port 80 if it has none). */
    public HttpConnection(URI server) {
        this(server.getHost(), server.getPort() == -1 ? 80 : server.getPort());
        if (!"http".equalsIgnoreCase(server.getScheme())) {
            throw new IllegalArgumentException("only http: " + server);
        }
    }

    public HttpConnection(String host, int port) {
        this(host, port, CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
    }

    public HttpConnection(String host, int port, int connectTimeoutMillis, int readTimeoutMillis) {
        if (host == null || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("host and port needed: " + host + ":" + port);
        }
        this.host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** Opens the connection now (otherwise the first {@link #send} does). */
    public void connect() throws IOException {
        if (socket == null) {
            open();
        }
    }

    /**
     * Sends one complete request and reads its response.
     *
     * @return the status code; the body is then available from {@link #bodyText()} and {@link #body()}
     * @throws IOException if the request failed twice (on the open connection, then on a new one), or timed out
     */
    public int send(byte[] request) throws IOException {
        boolean headRequest = request.length > 5 && request[0] == 'H' && request[1] == 'E' && request[2] == 'A'
                && request[3] == 'D' && request[4] == ' ';
        try {
            return exchange(request, headRequest);
        } catch (SocketTimeoutException e) {
            close();
            throw e;
        } catch (IOException first) {
            close();
            try {
                return exchange(request, headRequest);
            } catch (IOException second) {
                close();
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    /** The status code of the last response. */
    public int status() {
        return status;
    }

    /** The body of the last response, as UTF-8 text. */
    public String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    /** A copy of the body of the last response. */
    public byte[] body() {
        return Arrays.copyOf(body, bodyLength);
    }

    public int bodyLength() {
        return bodyLength;
    }

    /**
     * Keeps the value of one response header (name in any case) from now on, for {@link #capturedHeader()}: e.g.
     * {@code Server-Timing}. Other headers are read and dropped as before.
     */
    public HttpConnection capture(String headerName) {
        this.capturedName = headerName == null ? null : headerName.toLowerCase(java.util.Locale.ROOT);
        return this;
    }

    /** The value of the captured header in the last response, or null if it had none (or nothing is captured). */
    public String capturedHeader() {
        return captured;
    }

    /** How many TCP connections this object has opened so far. */
    public int connects() {
        return connects;
    }

    public boolean isOpen() {
        return socket != null;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing left to do with this socket
            }
        }
        socket = null;
        in = null;
        out = null;
        pos = 0;
        lim = 0;
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(readTimeoutMillis);
            s.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        pos = 0;
        lim = 0;
        connects++;
    }

    private int exchange(byte[] request, boolean headRequest) throws IOException {
        if (socket != null && pos < lim) {
            close(); // bytes nobody asked for: do not read them as the next response
        }
        if (socket == null) {
            open();
        }
        bodyLength = 0;
        status = 0;
        out.write(request);
        do {
            readHead();
        } while (status >= 100 && status < 200 && status != 101);
        if (status == 101) {
            throw new ProtocolException("101 Switching Protocols is not supported");
        }
        if (headRequest || status == 204 || status == 304) {
            // no body by definition
        } else if (chunked) {
            readChunked();
        } else if (contentLength >= 0) {
            readFixed(contentLength);
        } else {
            readToEnd();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return status;
    }

    // ---------------------------------------------------------------- response head

    private void readHead() throws IOException {
        contentLength = -1;
        chunked = false;
        captured = null;
        int end = lineEnd(true);
        int start = pos;
        int len = lineLength(start, end);
        pos = end + 1;
        if (len < 12 || !ascii(start, "HTTP/1.") || buf[start + 8] != ' ' || (len > 12 && buf[start + 12] != ' ')) {
            throw new ProtocolException("not an HTTP/1.x status line: " + text(start, len));
        }
        boolean keepAlive = buf[start + 7] == '1';
        status = 0;
        for (int i = start + 9; i < start + 12; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw new ProtocolException("not a status code: " + text(start, len));
            }
            status = status * 10 + d;
        }
        while (true) {
            end = lineEnd(false);
            start = pos;
            len = lineLength(start, end);
            pos = end + 1;
            if (len == 0) {
                break;
            }
            int stop = start + len;
            int colon = start;
            while (colon < stop && buf[colon] != ':') {
                colon++;
            }
            if (colon == stop || colon == start) {
                throw new ProtocolException("not a header line: " + text(start, len));
            }
            int v = colon + 1;
            while (v < stop && (buf[v] == ' ' || buf[v] == '\t')) {
                v++;
            }
            while (stop > v && (buf[stop - 1] == ' ' || buf[stop - 1] == '\t')) {
                stop--;
            }
            if (name(start, colon, "content-length")) {
                contentLength = decimal(v, stop);
            } else if (name(start, colon, "transfer-encoding")) {
                chunked = contains(v, stop, "chunked");
            } else if (name(start, colon, "connection")) {
                if (contains(v, stop, "close")) {
                    keepAlive = false;
                } else if (contains(v, stop, "keep-alive")) {
                    keepAlive = true;
                }
            } else if (capturedName != null && name(start, colon, capturedName)) {
                captured = new String(buf, v, stop - v, StandardCharsets.ISO_8859_1);
            }
        }
        closeAfter = !keepAlive;
    }

    // ---------------------------------------------------------------- body

    private void readFixed(long n) throws IOException {
        while (n > 0) {
            if (pos == lim && !more()) {
                throw new EOFException("connection closed by the server with " + n + " body bytes missing");
            }
            int k = (int) Math.min(n, lim - pos);
            keep(k);
            n -= k;
        }
    }

    private void readChunked() throws IOException {
        while (true) {
            int end = lineEnd(false);
            int start = pos;
            int len = lineLength(start, end);
            pos = end + 1;
            long size = chunkSize(start, start + len);
            if (size == 0) {
                break;
            }
            readFixed(size);
            end = lineEnd(false);
            if (lineLength(pos, end) != 0) {
                throw new ProtocolException("chunk of " + size + " bytes not followed by CRLF");
            }
            pos = end + 1;
        }
        while (true) { // trailer fields, up to the empty line
            int end = lineEnd(false);
            int len = lineLength(pos, end);
            pos = end + 1;
            if (len == 0) {
                return;
            }
        }
    }

    private void readToEnd() throws IOException {
        while (pos < lim || more()) {
            keep(lim - pos);
        }
    }

    private void keep(int k) {
        if (bodyLength + k > body.length) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + k));
        }
        System.arraycopy(buf, pos, body, bodyLength, k);
        bodyLength += k;
        pos += k;
    }

    // ---------------------------------------------------------------- buffer

    /** Index of the next '\n' at or after {@code pos}, reading as needed. */
    private int lineEnd(boolean statusLine) throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < lim; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            scanned = lim - pos;
            if (!more()) {
                throw new EOFException(statusLine && scanned == 0
                        ? "connection closed by the server before the response"
                        : "connection closed by the server in the middle of the response head");
            }
        }
    }

    /** Reads more bytes after {@code lim}, making room first; false at the end of the stream. */
    private boolean more() throws IOException {
        if (pos == lim) {
            pos = 0;
            lim = 0;
        } else if (lim == buf.length) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            } else if (buf.length >= MAX_LINE_BUFFER) {
                throw new ProtocolException("a response head line longer than " + MAX_LINE_BUFFER + " bytes");
            } else {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            return false;
        }
        lim += n;
        return true;
    }

    private int lineLength(int start, int newline) {
        return newline > start && buf[newline - 1] == '\r' ? newline - 1 - start : newline - start;
    }

    private boolean ascii(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether buf[from, to) is the header name {@code lower} (given in lower case), ignoring case. */
    private boolean name(int from, int to, String lower) {
        if (to - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (lowerCase(buf[from + i]) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int lowerCase(int c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    }

    /** Whether buf[from, to) contains {@code lower} (given in lower case), ignoring case. */
    private boolean contains(int from, int to, String lower) {
        outer:
        for (int i = from; i + lower.length() <= to; i++) {
            for (int j = 0; j < lower.length(); j++) {
                if (lowerCase(buf[i + j]) != lower.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private long decimal(int from, int to) throws ProtocolException {
        if (from == to || to - from > 18) {
            throw new ProtocolException("bad Content-Length: " + text(from, to - from));
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw new ProtocolException("bad Content-Length: " + text(from, to - from));
            }
            n = n * 10 + d;
        }
        return n;
    }

    private long chunkSize(int from, int to) throws ProtocolException {
        long n = 0;
        int i = from;
        for (; i < to && i - from < 15; i++) {
            int c = buf[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                break;
            }
            n = n * 16 + d;
        }
        if (i == from || (i < to && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t')) {
            throw new ProtocolException("bad chunk size line: " + text(from, to - from));
        }
        return n;
    }

    private String text(int from, int len) {
        return new String(buf, from, Math.min(len, 200), StandardCharsets.ISO_8859_1);
    }
}
