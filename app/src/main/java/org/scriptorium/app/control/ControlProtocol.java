package org.scriptorium.app.control;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What goes over the channel: frames of one type byte, a length and that many bytes. A client sends one request
 * (ping, activate, run), then only input when the window asks for it; the window answers with output, requests for
 * input, and an exit code or an acknowledgement.
 */
final class ControlProtocol {
    /** Raised when a window of another version answers, so an old window never misreads a new client. */
    static final int VERSION = 1;
    /** Larger frames are refused: nothing legitimate comes close, and garbage must not make us allocate gigabytes. */
    static final int MAX_FRAME_BYTES = 64 * 1024 * 1024;

    // client → window
    static final byte PING = 'P';
    static final byte ACTIVATE = 'A';
    static final byte RUN = 'R';
    static final byte INPUT = 'I';
    // window → client
    static final byte DONE = 'K';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte WANTS_INPUT = 'W';
    static final byte EXIT = 'X';

    private ControlProtocol() {
    }

    record Frame(byte type, byte[] payload) {
        Payload.Reader read() {
            return new Payload.Reader(payload);
        }
    }

    /** One end of a connection: frames in, frames out. Writes from several threads (stdout, stderr) never interleave. */
    static final class Connection implements AutoCloseable {
        private final SocketChannel channel;
        private final DataInputStream in;
        private final DataOutputStream out;

        Connection(SocketChannel channel) {
            this.channel = channel;
            this.in = new DataInputStream(new java.io.BufferedInputStream(new ChannelInput(channel)));
            this.out = new DataOutputStream(new java.io.BufferedOutputStream(new ChannelOutput(channel)));
        }

        SocketChannel channel() {
            return channel;
        }

        synchronized void send(byte type, byte[] payload) throws IOException {
            out.writeByte(type);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
        }

        /** The next frame, or null when the other side closed the connection between frames. */
        Frame receive() throws IOException {
            int type = in.read();
            if (type < 0) {
                return null;
            }
            int length = in.readInt();
            if (length < 0 || length > MAX_FRAME_BYTES) {
                throw new IOException("A frame of " + length + " bytes is not one this channel sends");
            }
            byte[] payload = in.readNBytes(length);
            if (payload.length < length) {
                throw new EOFException("The connection closed inside a frame");
            }
            return new Frame((byte) type, payload);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** The payload of a frame: ints and UTF-8 strings, one after the other. */
    static final class Payload {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        Payload integer(int value) {
            try {
                data.writeInt(value);
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
            return this;
        }

        Payload text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            bytes.writeBytes(utf8);
            return this;
        }

        Payload texts(List<String> values) {
            integer(values.size());
            values.forEach(this::text);
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        static final class Reader {
            private final ByteBuffer buffer;

            Reader(byte[] payload) {
                this.buffer = ByteBuffer.wrap(payload);
            }

            int integer() throws IOException {
                if (buffer.remaining() < Integer.BYTES) {
                    throw new EOFException("The frame ended before a number");
                }
                return buffer.getInt();
            }

            String text() throws IOException {
                int length = integer();
                if (length < 0 || length > buffer.remaining()) {
                    throw new EOFException("The frame ended inside a text");
                }
                byte[] utf8 = new byte[length];
                buffer.get(utf8);
                return new String(utf8, StandardCharsets.UTF_8);
            }

            List<String> texts() throws IOException {
                int count = integer();
                if (count < 0 || count > buffer.remaining() / Integer.BYTES) {
                    throw new EOFException("The frame ended inside a list");
                }
                List<String> values = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    values.add(text());
                }
                return values;
            }
        }
    }

    // Channels.newInputStream would hold the channel's blocking lock while a read waits, and so block every write
    // of the other direction; a socket channel itself reads and writes from two threads at once.
    private static final class ChannelInput extends InputStream {
        private final SocketChannel channel;

        ChannelInput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
        }
    }

    private static final class ChannelOutput extends OutputStream {
        private final SocketChannel channel;

        ChannelOutput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
