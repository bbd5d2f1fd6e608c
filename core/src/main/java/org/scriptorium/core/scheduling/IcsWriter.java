package org.scriptorium.core.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few parts of RFC 5545 the export needs: CRLF lines, text values escaped (backslash, semicolon, comma, line
 * breaks), and lines longer than 75 octets folded, never inside a UTF-8 character.
 */
final class IcsWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_AT = 75;
    private final StringBuilder out = new StringBuilder();

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A property whose value is written as it is (dates, ids, addresses). */
    IcsWriter line(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    /** A TEXT property: its value escaped. */
    IcsWriter text(String name, String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        return line(name, escaped);
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_AT) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
