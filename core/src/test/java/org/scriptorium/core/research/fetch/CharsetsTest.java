package org.scriptorium.core.research.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetsTest {
    private static final String TEXT = "Café crème à Zürich";

    @Test
    void latin1BytesWronglyLabelledUtf8StillReadCorrectly() {
        byte[] latin1 = TEXT.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Charsets.decode(latin1, "text/xml; charset=utf-8")).isEqualTo(TEXT);
        assertThat(Charsets.decode(latin1, null)).isEqualTo(TEXT);
    }

    @Test
    void byteOrderMarkWinsOverAWrongHeader() {
        byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

        assertThat(Charsets.decode(body, "text/html; charset=iso-8859-1")).isEqualTo(TEXT);
    }

    @Test
    void xmlPrologAndHtmlMetaAreHonouredWhenTheHeaderIsSilent() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><t>" + TEXT + " €</t>";
        String html = "<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>";

        assertThat(Charsets.decode(xml.getBytes(java.nio.charset.Charset.forName("ISO-8859-15")), "application/xml"))
                .endsWith(TEXT + " €</t>");
        assertThat(Charsets.decode(html.getBytes(java.nio.charset.Charset.forName("windows-1251")), "text/html"))
                .contains("Привет");
    }

    @Test
    void unknownDeclaredCharsetFallsBackInsteadOfThrowing() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);

        assertThat(Charsets.decode(utf8, "text/plain; charset=klingon-9000")).isEqualTo(TEXT);
        assertThat(Charsets.decode(utf8, "text/plain; charset=\"bad name!\"")).isEqualTo(TEXT);
    }

    @Test
    void utf16WithoutAByteOrderMarkAndUtf32WithOrWithoutOneAreToldByTheirZeroBytes() {
        String xml = "<?xml version=\"1.0\"?><t>" + TEXT + " 中文 😀</t>";

        for (String charset : new String[]{"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            byte[] bytes = xml.getBytes(java.nio.charset.Charset.forName(charset));
            byte[] marked = ("\uFEFF" + xml).getBytes(java.nio.charset.Charset.forName(charset));
            assertThat(Charsets.decode(bytes, "application/xml")).as(charset).isEqualTo(xml);
            assertThat(Charsets.decode(marked, "text/xml; charset=utf-8")).as(charset + " with a mark").isEqualTo(xml);
        }
    }

    @Test
    void invalidBytesAfterAUtf8ByteOrderMarkAreReadAsWindows1252() {
        byte[] latin1 = TEXT.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[latin1.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(latin1, 0, body, 3, latin1.length);

        assertThat(Charsets.decode(body, null)).isEqualTo(TEXT);
    }
}
