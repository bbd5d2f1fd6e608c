package org.scriptorium.app.control;

import org.scriptorium.app.control.ControlProtocol.Connection;
import org.scriptorium.app.control.ControlProtocol.Frame;
import org.scriptorium.app.control.ControlProtocol.Payload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** A handed-over command's standard streams in the window: each reaches the client's terminal over the connection. */
final class RemoteStreams {
    private RemoteStreams() {
    }

    /** Standard input, read from the client only when the command asks for it (most never do). */
    static final class Input extends InputStream {
        private final Connection connection;
        private boolean ended;

        Input(Connection connection) {
            this.connection = connection;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            connection.send(ControlProtocol.WANTS_INPUT, new Payload().integer(len).bytes());
            Frame frame = connection.receive();
            if (frame == null || frame.type() != ControlProtocol.INPUT) {
                throw new IOException("The client sent no input");
            }
            byte[] data = frame.payload();
            if (data.length == 0) {
                ended = true;
                return -1;
            }
            int n = Math.min(len, data.length); // a client never sends more than asked; if it did, the rest is dropped
            System.arraycopy(data, 0, b, off, n);
            return n;
        }
    }

    /** Standard output or error: every write the command flushes goes to the client as one frame. */
    static final class Output extends OutputStream {
        private final Connection connection;
        private final byte type;

        Output(Connection connection, byte type) {
            this.connection = connection;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                connection.send(type, Arrays.copyOfRange(b, off, off + len));
            }
        }
    }
}
