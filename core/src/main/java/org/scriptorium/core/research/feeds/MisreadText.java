package org.scriptorium.core.research.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Mends text that went through the wrong encoding on its way into a feed. Windows-1252 punctuation written
 * as a C1 control ({@code &#146;} or the raw character) becomes the punctuation the writer meant; UTF-8 read
 * as Windows-1252 and encoded again ({@code â€¦} for {@code …}) is decoded once more, but only when every
 * non-ASCII character in the value takes part, so a value that might be meant as written is left alone.
 */
final class MisreadText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * The byte Windows-1252 writes for each character up to U+2122 (-1 for none). The five bytes it leaves
     * undefined come back as the C1 control of the same number, as browsers decode them.
     */
    private static final int[] BYTE_OF = byteTable();

    private MisreadText() {
    }

    static String mend(String text) {
        if (text == null) {
            return null;
        }
        return utf8ReadAsWindows1252(controlsAsWindows1252(text));
    }

    /** C1 controls never belong in feed text; each is the Windows-1252 character with the same byte. */
    static String controlsAsWindows1252(String text) {
        if (text.chars().noneMatch(c -> c >= 0x80 && c <= 0x9F)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String meant = new String(new byte[]{(byte) c}, WINDOWS_1252);
                // Five bytes have no Windows-1252 character (decoded as U+FFFD); those stay as they were.
                out.append(meant.charAt(0) == '\uFFFD' ? c : meant.charAt(0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int[] byteTable() {
        int[] table = new int[0x2123];
        Arrays.fill(table, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[]{(byte) b}, WINDOWS_1252).charAt(0);
            table[c == '\uFFFD' ? b : c] = b;
        }
        return table;
    }

    private static String utf8ReadAsWindows1252(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = c < 0x80 ? c : c < BYTE_OF.length ? BYTE_OF[c] : -1;
            if (b < 0) {
                return text; // a character Windows-1252 cannot have produced: the text is not of this kind
            }
            bytes[i] = (byte) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.length() < text.length() ? decoded : text;
        } catch (CharacterCodingException e) {
            return text; // some character is not part of a UTF-8 sequence: the text may well be meant as it is
        }
    }
}
