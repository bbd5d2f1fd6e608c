package org.scriptorium.core.writing.ai;

import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;

/**
 * Splits a streamed body into lines. Bytes are kept until a whole line is there, so a piece that ends inside
 * a UTF-8 character or a JSON object is simply completed by the next one.
 */
final class LineReader {
    private static final long READ = 8192;

    private final BufferedSource source;
    private final StreamWatch watch;
    private final long longestLine;
    private final Buffer pending = new Buffer();

    LineReader(BufferedSource source, StreamWatch watch, long longestLine) {
        this.source = source;
        this.watch = watch;
        this.longestLine = longestLine;
    }

    /** The next line without its line break, or null at the end of the body. */
    String next() throws IOException {
        while (true) {
            long newline = pending.indexOf((byte) '\n');
            if (newline >= 0) {
                String line = pending.readUtf8(newline);
                pending.skip(1);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            if (pending.size() > longestLine) {
                throw new LineTooLong();
            }
            if (source.read(pending, READ) == -1) {
                return pending.size() == 0 ? null : pending.readUtf8();
            }
            watch.bytesArrived();
        }
    }

    /** A line longer than any answer piece should be: the body is not the stream we expect. */
    static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long");
        }
    }
}
