package org.scriptorium.core.research.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched bytes into text the way browsers and feed readers do: a byte-order mark wins, then the
 * shape of the first bytes of a UTF-16 or UTF-32 document without one (XML 1.0, appendix F), then the
 * Content-Type charset, then the XML prolog, then an HTML meta tag, then UTF-8. Servers often lie, so
 * bytes that are not valid in a declared UTF-8 (or after a UTF-8 byte-order mark) are read as
 * Windows-1252, the usual real encoding.
 */
public final class Charsets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** Declarations sit at the top of a document; looking further would be slow and find false ones. */
    private static final int SNIFF_BYTES = 2048;

    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");

    private Charsets() {
    }

    /** Decodes {@code bytes}; {@code contentType} is the raw header value and may be null. Never throws. */
    public static String decode(byte[] bytes, String contentType) {
        Bom bom = Bom.of(bytes);
        if (bom == Bom.UTF8) {
            byte[] rest = Arrays.copyOfRange(bytes, bom.length, bytes.length);
            return strictUtf8(rest).orElseGet(() -> new String(rest, WINDOWS_1252));
        }
        if (bom != null) {
            return new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
        }
        Charset charset = detect(bytes, contentType);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
        }
        return new String(bytes, charset);
    }

    /** The charset the document declares, ignoring declarations Java does not know; UTF-8 if none. */
    public static Charset detect(byte[] bytes, String contentType) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return bom.charset;
        }
        Charset wide = wideByShape(bytes);
        if (wide != null) {
            return wide;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return declared(contentType, CONTENT_TYPE_CHARSET)
                .or(() -> declared(head, XML_ENCODING))
                .or(() -> declared(head, META_CHARSET))
                .orElse(StandardCharsets.UTF_8);
    }

    /**
     * UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes fall around the first
     * characters, which are ASCII in any XML or HTML document; null for a one-byte or UTF-8 document.
     */
    private static Charset wideByShape(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        boolean z0 = bytes[0] == 0;
        boolean z1 = bytes[1] == 0;
        boolean z2 = bytes[2] == 0;
        boolean z3 = bytes[3] == 0;
        if (z0 && z1 && z2 && !z3) {
            return UTF_32BE;
        }
        if (!z0 && z1 && z2 && z3) {
            return UTF_32LE;
        }
        if (z0 && !z1 && z2 && !z3) {
            return StandardCharsets.UTF_16BE;
        }
        if (!z0 && z1 && !z2 && z3) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named in a Content-Type header, if it names one Java knows. */
    public static Optional<Charset> fromContentType(String contentType) {
        return declared(contentType, CONTENT_TYPE_CHARSET);
    }

    private static Optional<Charset> declared(String text, Pattern pattern) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? lookup(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        String clean = name.trim().toLowerCase(Locale.ROOT);
        // Browsers read "latin1" pages as Windows-1252, which is a superset for printable text.
        if (clean.equals("iso-8859-1") || clean.equals("latin1") || clean.equals("us-ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(clean));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // an unknown label is treated as no label
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private enum Bom {
        UTF8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        // Before UTF-16LE, whose mark is the first half of this one.
        UTF32LE(UTF_32LE, 0xFF, 0xFE, 0x00, 0x00),
        UTF32BE(UTF_32BE, 0x00, 0x00, 0xFE, 0xFF),
        UTF16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
        UTF16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

        private final Charset charset;
        private final int[] marks;
        private final int length;

        Bom(Charset charset, int... marks) {
            this.charset = charset;
            this.marks = marks;
            this.length = marks.length;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bom.matches(bytes)) {
                    return bom;
                }
            }
            return null;
        }

        private boolean matches(byte[] bytes) {
            if (bytes.length < length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if ((bytes[i] & 0xFF) != marks[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
