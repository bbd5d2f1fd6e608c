package org.scriptorium.core.publishing.oauth;

import com.sun.net.httpserver.HttpServer;
import org.scriptorium.core.ScriptoriumException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The RFC 8252 fallback for networks that refuse embedded browsers: a one-shot listener on 127.0.0.1 and an
 * ephemeral port that the system browser is sent back to. It takes the first request on its path, answers with a
 * page telling the user to return to Scriptorium, and stops.
 */
public final class LoopbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final CompletableFuture<URI> answer = new CompletableFuture<>();
    private final URI redirectUri;

    private LoopbackReceiver(HttpServer server, String path) {
        this.server = server;
        this.redirectUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Listens on 127.0.0.1 (never on other interfaces) on a port the system picks, for {@code path}. */
    public static LoopbackReceiver start(String path) {
        return start(path, 0);
    }

    /**
     * Listens on 127.0.0.1 on {@code port} (0: any free port). LinkedIn and Facebook accept only redirect addresses
     * registered in the user's app, port included, so for them the port is fixed and known.
     */
    public static LoopbackReceiver start(String path, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LoopbackReceiver receiver = new LoopbackReceiver(server, path);
            server.createContext(path, exchange -> {
                URI full = URI.create(receiver.redirectUri + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
                byte[] page = ("<!doctype html><meta charset=utf-8><title>Scriptorium</title><body style=\"font-family:sans-serif;margin:3em\">"
                        + "<h2>You can close this tab</h2><p>Go back to Scriptorium to finish connecting the account.</p>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
                receiver.answer.complete(full);
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new ScriptoriumException("Could not listen on 127.0.0.1" + (port == 0 ? "" : ":" + port) + " for the sign-in to come back ("
                    + e.getMessage() + ")" + (port == 0 ? "." : "; is another sign-in running? Choose another port with --port."), e);
        }
    }

    /** Ends the wait with a reason (the window was closed, the sign-in left the network's pages). */
    public void fail(String reason) {
        answer.completeExceptionally(new ScriptoriumException(reason));
    }

    public URI redirectUri() {
        return redirectUri;
    }

    /** Waits for the browser to come back, at most {@code timeout}. */
    public URI await(Duration timeout) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ScriptoriumException("The sign-in did not come back within " + timeout.toMinutes() + " minutes; nothing was connected.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptoriumException("The sign-in was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScriptoriumException reason) {
                throw new ScriptoriumException(reason.getMessage());
            }
            throw new ScriptoriumException("The sign-in failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
