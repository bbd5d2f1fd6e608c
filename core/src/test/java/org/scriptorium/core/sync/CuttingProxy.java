package org.scriptorium.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of PostgreSQL that can cut every connection through it once a given number of bytes more has
 * gone from the client to the server: mid-query, mid-commit, or just after the commit left and before its answer came.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** Bytes still to pass before the cut; negative: no cut planned. */
    private final AtomicLong budget = new AtomicLong(-1);
    private final Thread acceptor;

    CuttingProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts every connection once {@code bytes} more have gone to the server (and refuses none after). */
    void cutAfter(long bytes) {
        budget.set(bytes);
    }

    void heal() {
        budget.set(-1);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream, true));
                Thread.ofVirtual().start(() -> pump(upstream, client, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean toServer) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                int pass = read;
                if (toServer) {
                    long left = budget.get();
                    if (left >= 0) {
                        pass = (int) Math.min(read, left);
                        budget.addAndGet(-pass);
                    }
                }
                out.write(buffer, 0, pass);
                out.flush();
                if (pass < read || toServer && budget.get() == 0) {
                    cutAll();
                    return;
                }
            }
        } catch (IOException closed) {
            // one side went away: the other follows
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void cutAll() {
        sockets.forEach(CuttingProxy::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cutAll();
        acceptor.interrupt();
    }
}
