package org.statcommons.data.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server in the test, standing for another portal, well-behaved or hostile: each path answers what the test
 * put there, or, for the hostile paths, a huge body, a slow drip, a redirect loop or a redirect to another scheme.
 */
final class TinyPortal implements AutoCloseable {

    record Answer(int status, String contentType, String body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    TinyPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tiny-portal");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, String contentType, String body) {
        answers.put(path, new Answer(200, contentType, body));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            switch (path) {
                case "/huge" -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 1000; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException e) {
                        // the reader stopped reading: what a hostile answer should meet
                    }
                }
                case "/slow" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/turtle");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write('#');
                            out.flush();
                            Thread.sleep(100); // the drip of a slow source, not a wait of the test
                        }
                    } catch (IOException | InterruptedException e) {
                        // cut by the reader
                    }
                }
                case "/loop" -> redirect(exchange, "/loop");
                case "/to-file" -> redirect(exchange, "file:///etc/passwd");
                default -> {
                    Answer answer = answers.get(path);
                    if (answer == null) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
                    exchange.sendResponseHeaders(answer.status(), body.length);
                    exchange.getResponseBody().write(body);
                }
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
