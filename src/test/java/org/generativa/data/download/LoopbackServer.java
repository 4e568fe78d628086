package org.generativa.data.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 whose paths answer as a test says: whole files, slow files, broken files; 404 otherwise. */
public final class LoopbackServer implements AutoCloseable {

    @FunctionalInterface
    interface Route {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger totalRequests = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    /** A URL on this server, e.g. {@code url("/good/")}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** An http URL on a loopback port where nothing listens. */
    public static URI closedPortUrl(String path) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public void serve(String path, byte[] body) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    public void status(String path, int code) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
    }

    /** Announces the whole length, sends {@code chunk} bytes every {@code delayMillis}. */
    public void trickle(String path, byte[] body, int chunk, long delayMillis) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += chunk) {
                    out.write(body, at, Math.min(chunk, body.length - at));
                    out.flush();
                    if (closing.await(delayMillis, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }
        });
    }

    /** Announces the whole length, sends {@code prefix} bytes, then sends nothing more until the server closes. */
    public void stallAfter(String path, byte[] body, int prefix) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, prefix);
            out.flush();
            closing.await();
            exchange.close();
        });
    }

    /** Sends nothing at all, not even the status line, until the server closes. */
    public void mute(String path) {
        routes.put(path, exchange -> {
            closing.await();
            exchange.close();
        });
    }

    /** Announces the whole length, sends {@code prefix} bytes, then closes the connection. */
    public void cutAfter(String path, byte[] body, int prefix) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(Arrays.copyOf(body, prefix));
            out.flush();
            exchange.close(); // fewer bytes than announced: the server drops the connection
        });
    }

    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalRequests() {
        return totalRequests.get();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        totalRequests.incrementAndGet();
        Route route = routes.get(path);
        try {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            } else {
                route.answer(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            exchange.close(); // the client went away or the route meant to break the transfer
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
