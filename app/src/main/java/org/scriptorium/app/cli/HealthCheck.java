package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import org.scriptorium.core.worker.Worker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The worker's health check: {@code GET /health} answers 200 with its state as JSON while its last sync and round
 * went well, 503 with the reason otherwise (for Docker's HEALTHCHECK, systemd or a load balancer).
 */
final class HealthCheck implements AutoCloseable {
    private final HttpServer server;

    private HealthCheck(HttpServer server) {
        this.server = server;
    }

    static HealthCheck start(String address, int port, Supplier<Worker.Health> health) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 8);
        server.createContext("/health", exchange -> {
            try (exchange) {
                Worker.Health now = health.get();
                ObjectNode body = JsonOutput.object();
                body.put("status", now.healthy() ? "ok" : "failing");
                body.put("name", now.name());
                body.put("startedAt", String.valueOf(now.startedAt()));
                body.put("lastSyncAt", now.lastSyncAt() == null ? null : now.lastSyncAt().toString());
                body.put("lastSyncError", now.lastSyncError());
                body.put("lastRoundAt", now.lastRoundAt() == null ? null : now.lastRoundAt().toString());
                body.put("lastRound", now.lastRound());
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(now.healthy() ? 200 : 503, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
        return new HealthCheck(server);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
