package no.samspill.bench.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private HttpServer server;
    private URI base;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // fixed length: echoes the body with 201
        server.createContext("/echo", x -> answer(x, 201, read(x), false));
        // chunked (response length 0): a body of ?n= bytes, written in pieces of up to 1,000 bytes
        server.createContext("/chunked", x -> {
            read(x);
            int n = Integer.parseInt(x.getRequestURI().getQuery().substring(2));
            x.sendResponseHeaders(200, 0);
            try (OutputStream o = x.getResponseBody()) {
                byte[] body = pattern(n);
                for (int at = 0; at < n; at += 1000) {
                    o.write(body, at, Math.min(1000, n - at));
                    o.flush();
                }
            }
        });
        server.createContext("/fixed", x -> {
            read(x);
            answer(x, 200, pattern(Integer.parseInt(x.getRequestURI().getQuery().substring(2))), false);
        });
        server.createContext("/invalid", x -> answer(x, 422,
                "{\"error\":\"answer 10 is missing\"}".getBytes(StandardCharsets.UTF_8), true));
        server.createContext("/empty", x -> {
            read(x);
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.createContext("/close", x -> {
            read(x);
            x.getResponseHeaders().set("Connection", "close");
            answer(x, 201, "bye".getBytes(StandardCharsets.US_ASCII), false);
        });
        // a Server-Timing header only when ?timing=yes
        server.createContext("/timed", x -> {
            read(x);
            if ("timing=yes".equals(x.getRequestURI().getQuery())) {
                x.getResponseHeaders().set("Server-Timing", "total;dur=1.250, access;dur=0.310");
            }
            answer(x, 200, "ok".getBytes(StandardCharsets.US_ASCII), false);
        });
        server.createContext("/headers", x -> {
            StringBuilder s = new StringBuilder(x.getRequestMethod() + " " + x.getRequestURI());
            x.getRequestHeaders().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> s.append('\n').append(e.getKey()).append(": ").append(e.getValue().get(0)));
            s.append("\n\n").append(new String(read(x), StandardCharsets.UTF_8));
            seen.add(s.toString());
            answer(x, 200, new byte[0], false);
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void keepsOneConnectionAliveOverManyRequests() throws IOException {
        RequestTemplate echo = post("/echo");
        try (HttpConnection c = new HttpConnection(base)) {
            for (int i = 0; i < 2000; i++) {
                String body = "{\"n\":" + i + ",\"text\":\"blåbær\"}";
                assertEquals(201, c.send(echo.encode(body.getBytes(StandardCharsets.UTF_8))));
                assertEquals(body, c.bodyText());
            }
            assertEquals(1, c.connects());
            assertTrue(c.isOpen());
        }
        assertEquals(1, clientPorts.size());
    }

    @Test
    void capturesOneNamedHeaderPerResponseAndForgetsItWhenTheNextResponseLacksIt() throws IOException {
        try (HttpConnection c = new HttpConnection(base)) {
            assertEquals(200, c.send(get("/timed?timing=yes").encode(null)));
            assertEquals(null, c.capturedHeader(), "nothing is captured unless asked for");
            c.capture("server-timing");
            assertEquals(200, c.send(get("/timed?timing=yes").encode(null)));
            assertEquals("total;dur=1.250, access;dur=0.310", c.capturedHeader());
            assertEquals("ok", c.bodyText());
            assertEquals(200, c.send(get("/timed?timing=no").encode(null)));
            assertEquals(null, c.capturedHeader());
            assertEquals(1, c.connects());
        }
    }

    @Test
    void readsChunkedBodiesOfAnySizeOnOneConnection() throws IOException {
        try (HttpConnection c = new HttpConnection(base)) {
            for (int n : new int[] {0, 1, 999, 1000, 1001, 16 * 1024, 100_000, 3, 250_000, 0, 7}) {
                assertEquals(200, c.send(get("/chunked?n=" + n).encode(null)), "n=" + n);
                assertArrayEquals(pattern(n), c.body(), "n=" + n);
                assertEquals(n, c.bodyLength());
            }
            assertEquals(1, c.connects());
        }
    }

    @Test
    void readsFixedLengthAndEmptyBodiesOnOneConnection() throws IOException {
        try (HttpConnection c = new HttpConnection(base)) {
            for (int n : new int[] {1, 40_000, 16 * 1024, 16 * 1024 + 1, 300_000, 5}) {
                assertEquals(200, c.send(get("/fixed?n=" + n).encode(null)), "n=" + n);
                assertArrayEquals(pattern(n), c.body(), "n=" + n);
            }
            assertEquals(204, c.send(post("/empty").encode(new byte[0])));
            assertEquals(0, c.bodyLength());
            assertEquals(201, c.send(post("/echo").encode("after".getBytes(StandardCharsets.US_ASCII))));
            assertEquals("after", c.bodyText());
            assertEquals(1, c.connects());
        }
    }

    @Test
    void givesTheStatusAndBodyOfA4xxAndKeepsTheConnection() throws IOException {
        try (HttpConnection c = new HttpConnection(base)) {
            assertEquals(422, c.send(post("/invalid").encode("{}".getBytes(StandardCharsets.US_ASCII))));
            assertEquals("{\"error\":\"answer 10 is missing\"}", c.bodyText());
            assertEquals(422, c.status());
            assertEquals(201, c.send(post("/echo").encode("ok".getBytes(StandardCharsets.US_ASCII))));
            assertEquals("ok", c.bodyText());
            assertEquals(1, c.connects());
        }
    }

    @Test
    void opensANewConnectionAfterConnectionClose() throws IOException {
        try (HttpConnection c = new HttpConnection(base)) {
            for (int i = 0; i < 20; i++) {
                assertEquals(201, c.send(post("/close").encode(new byte[] {'x'})));
                assertEquals("bye", c.bodyText());
                assertFalse(c.isOpen());
            }
            assertEquals(201, c.send(post("/echo").encode(new byte[] {'y'})));
            assertEquals(21, c.connects());
            assertTrue(c.isOpen());
        }
        assertEquals(21, clientPorts.size());
    }

    @Test
    void sendsTheTemplateHeadersThePerRequestHeaderAndTheBody() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/fhir+json");
        headers.put("Accept", "application/fhir+json");
        headers.put("Authorization", "Basic a2FyaTpkZW1v");
        RequestTemplate t = new RequestTemplate("POST", base.resolve("/headers?x=1&y=%C3%A6"), headers);
        try (HttpConnection c = new HttpConnection(base)) {
            c.send(t.encode("{\"a\":\"æ\"}".getBytes(StandardCharsets.UTF_8), "X-Samspill-Link-Token", "tok-1"));
            c.send(t.encode(new byte[0]));
            c.send(new RequestTemplate("GET", base.resolve("/headers"), Map.of()).encode(null));
        }
        String host = "Host: 127.0.0.1:" + base.getPort();
        assertEquals(List.of(
                "POST /headers?x=1&y=%C3%A6\nAccept: application/fhir+json\nAuthorization: Basic a2FyaTpkZW1v\n"
                        + "Content-length: 10\nContent-type: application/fhir+json\n" + host
                        + "\nX-samspill-link-token: tok-1\n\n{\"a\":\"æ\"}",
                "POST /headers?x=1&y=%C3%A6\nAccept: application/fhir+json\nAuthorization: Basic a2FyaTpkZW1v\n"
                        + "Content-length: 0\nContent-type: application/fhir+json\n" + host + "\n\n",
                "GET /headers\n" + host + "\n\n"), seen);
    }

    @Test
    void templateRefusesHeadersThatWouldBreakTheRequest() {
        URI u = URI.create("http://127.0.0.1:1/x");
        assertThrows(IllegalArgumentException.class, () -> new RequestTemplate("POST", u, Map.of("X-A", "a\r\nb: c")));
        assertThrows(IllegalArgumentException.class, () -> new RequestTemplate("POST", u, Map.of("Content-Length", "1")));
        assertThrows(IllegalArgumentException.class, () -> new RequestTemplate("POST", u, Map.of("X A", "1")));
        assertThrows(IllegalArgumentException.class, () -> new RequestTemplate("POST", URI.create("https://h/x"),
                Map.of()));
        RequestTemplate t = new RequestTemplate("POST", u, Map.of());
        assertThrows(IllegalArgumentException.class, () -> t.encode(new byte[0], "X-Token", "a\nb"));
    }

    // ---------------------------------------------------------------- servers that misbehave, on a plain socket

    @Test
    void resendsOnceOnANewConnectionWhenTheServerClosedTheKeptAliveOne() throws Exception {
        // answers one request per connection, as HTTP/1.1 keep-alive, then closes the socket without saying so
        try (RawServer raw = new RawServer((in, out) -> {
            readRequest(in);
            out.write("HTTP/1.1 201 \r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
            return false;
        })) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.port())) {
                for (int i = 0; i < 50; i++) {
                    assertEquals(201, c.send(post("/x").encode(("n" + i).getBytes(StandardCharsets.US_ASCII))));
                    assertEquals("ok", c.bodyText());
                }
                assertEquals(50, c.connects());
            }
            assertEquals(50, raw.requests.get());
        }
    }

    @Test
    void throwsAfterOneRetryWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
            IOException e = assertThrows(IOException.class, () -> c.send(post("/x").encode(new byte[0])));
            assertEquals(1, e.getSuppressed().length);
            assertFalse(c.isOpen());
        }
    }

    @Test
    void aReadTimeoutIsThrownWithoutResending() throws Exception {
        try (RawServer raw = new RawServer((in, out) -> {
            readRequest(in);
            Thread.sleep(2000);
            return false;
        })) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.port(), 1000, 200)) {
                assertThrows(SocketTimeoutException.class, () -> c.send(post("/x").encode(new byte[0])));
                assertFalse(c.isOpen());
            }
            assertEquals(1, raw.connections.get());
        }
    }

    @Test
    void readsABodyThatEndsWithTheConnection() throws Exception {
        try (RawServer raw = new RawServer((in, out) -> {
            readRequest(in);
            out.write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end".getBytes(
                    StandardCharsets.US_ASCII));
            return false;
        })) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.port())) {
                assertEquals(200, c.send(get("/x").encode(null)));
                assertEquals("until the end", c.bodyText());
                assertFalse(c.isOpen());
                assertEquals(200, c.send(get("/x").encode(null)));
                assertEquals(2, c.connects());
            }
        }
    }

    @Test
    void skipsInterimResponsesAndReadsChunkExtensionsAndTrailers() throws Exception {
        try (RawServer raw = new RawServer((in, out) -> {
            readRequest(in);
            out.write(("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ntransfer-encoding: Chunked\r\n"
                    + "CONNECTION: keep-alive\r\n\r\n5;name=value\r\nhello\r\nA\r\n, chunked!\r\n0\r\n"
                    + "X-Trailer: t\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        })) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.port())) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(201, c.send(post("/x").encode(new byte[] {1})));
                    assertEquals("hello, chunked!", c.bodyText());
                }
                assertEquals(1, c.connects());
            }
        }
    }

    @Test
    void refusesAResponseThatIsNotHttp() throws Exception {
        try (RawServer raw = new RawServer((in, out) -> {
            readRequest(in);
            out.write("SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return true;
        })) {
            try (HttpConnection c = new HttpConnection("127.0.0.1", raw.port())) {
                IOException e = assertThrows(IOException.class, () -> c.send(get("/x").encode(null)));
                assertTrue(e.getMessage().contains("not an HTTP/1.x status line"), e.getMessage());
                assertFalse(c.isOpen());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private RequestTemplate post(String path) {
        return new RequestTemplate("POST", base.resolve(path), Map.of("Content-Type", "application/json",
                "Accept", "application/json"));
    }

    private RequestTemplate get(String path) {
        return new RequestTemplate("GET", base.resolve(path), Map.of("Accept", "*/*"));
    }

    private byte[] read(HttpExchange x) throws IOException {
        clientPorts.add(x.getRemoteAddress().getPort());
        try (InputStream in = x.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void answer(HttpExchange x, int status, byte[] body, boolean readFirst) throws IOException {
        if (readFirst) {
            x.getRequestBody().readAllBytes();
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    /** Reads one request (head, then Content-Length bytes of body); returns it as text. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int last4 = 0;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                break;
            }
        }
        if (b < 0) {
            throw new IOException("the client closed");
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }

    /** The part of a test server that answers on one connection; returns whether to keep serving it. */
    private interface Answer {
        boolean serve(InputStream in, OutputStream out) throws Exception;
    }

    /** A plain-socket server for misbehaviour the JDK's server cannot show; one thread per connection. */
    private static final class RawServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        RawServer(Answer answer) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        connections.incrementAndGet();
                        Thread t = new Thread(() -> {
                            try (s) {
                                InputStream in = s.getInputStream();
                                OutputStream out = s.getOutputStream();
                                boolean again;
                                do {
                                    requests.incrementAndGet();
                                    again = answer.serve(in, out);
                                } while (again);
                            } catch (Exception ignored) {
                                // the client went away: the connection ends
                            }
                        });
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            threads.add(acceptor);
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
