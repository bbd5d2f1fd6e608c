package org.scriptorium.core.writing.ai;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response body written as one HTTP chunk per piece, each flushed, so the client reads the pieces
 * exactly where the test split them; then it ends the way the test asks.
 */
final class StreamingBody implements MockResponseBody {
    enum End {
        /** The terminating chunk: a complete response. */
        FINISH,
        /** The connection is dropped without the terminating chunk. */
        CUT,
        /** Nothing more is sent until the test ends. */
        HANG,
        /** Blank lines keep coming until the client closes the connection, which is recorded. */
        HEARTBEAT_UNTIL_CLOSED
    }

    private final List<byte[]> pieces;
    private final End end;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch clientClosed = new CountDownLatch(1);

    StreamingBody(List<byte[]> pieces, End end) {
        this.pieces = List.copyOf(pieces);
        this.end = end;
    }

    MockResponse response(String contentType) {
        MockResponse.Builder builder = new MockResponse.Builder().body(this).removeHeader("Content-Length")
                .setHeader("Transfer-Encoding", "chunked").setHeader("Content-Type", contentType);
        if (end == End.CUT) {
            builder.onResponseEnd(new SocketEffect.CloseSocket());
        }
        return builder.build();
    }

    /** Lets a hanging body finish, so the server can shut down. */
    void release() {
        released.countDown();
    }

    boolean awaitClientClosed(long millis) throws InterruptedException {
        return clientClosed.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public long getContentLength() {
        return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.flush(); // the headers go out even if no piece follows
        for (byte[] piece : pieces) {
            chunk(sink, piece);
        }
        switch (end) {
            case FINISH -> sink.writeUtf8("0\r\n").flush(); // the server adds the (empty) trailers and the last CRLF
            case CUT -> { } // no terminating chunk; the socket is closed once the body is written
            case HANG -> await(10_000);
            case HEARTBEAT_UNTIL_CLOSED -> heartbeat(sink);
        }
    }

    private void heartbeat(BufferedSink sink) throws IOException {
        try {
            while (!await(30)) {
                chunk(sink, "\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            clientClosed.countDown();
            throw e;
        }
    }

    private boolean await(long millis) {
        try {
            return released.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void chunk(BufferedSink sink, byte[] piece) throws IOException {
        sink.writeUtf8(Integer.toHexString(piece.length)).writeUtf8("\r\n").write(piece).writeUtf8("\r\n").flush();
    }

    /** The text cut after every line break, as a well-behaved server sends it. */
    static List<byte[]> lines(String text) {
        List<byte[]> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                pieces.add(text.substring(start, i + 1).getBytes(StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start).getBytes(StandardCharsets.UTF_8));
        }
        return pieces;
    }

    /** The text's bytes cut every {@code size} bytes, wherever that falls. */
    static List<byte[]> everyBytes(String text, int size) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> pieces = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += size) {
            pieces.add(java.util.Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + size)));
        }
        return pieces;
    }

    /** Whether some piece ends inside a multi-byte UTF-8 character (the next starts with a continuation byte). */
    static boolean splitsACharacter(List<byte[]> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            byte[] piece = pieces.get(i);
            if (piece.length > 0 && (piece[0] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }
}
