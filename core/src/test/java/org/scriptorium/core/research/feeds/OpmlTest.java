package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OpmlTest {

    private static List<OpmlOutline> read(String xml) throws OpmlException {
        return Opml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nestedFoldersAreFlattenedWithTheirPath() throws Exception {
        List<OpmlOutline> outlines = read("""
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Mine</title></head><body>
                  <outline text="Loose &amp; Found" xmlUrl="https://loose.example/feed" htmlUrl="https://loose.example/"/>
                  <outline text="Science">
                    <outline text="Oceans">
                      <outline title="Tidewater Journal" text="ignored" type="rss" xmlUrl="https://tidewater.example/rss"/>
                    </outline>
                    <outline text="Orchard Almanac" xmlUrl="https://orchard.example/rss"/>
                  </outline>
                </body></opml>
                """);

        assertThat(outlines).containsExactly(
                new OpmlOutline("Loose & Found", URI.create("https://loose.example/feed"), URI.create("https://loose.example/"), null),
                new OpmlOutline("Tidewater Journal", URI.create("https://tidewater.example/rss"), null, "Science/Oceans"),
                new OpmlOutline("Orchard Almanac", URI.create("https://orchard.example/rss"), null, "Science"));
    }

    @Test
    void exportThenImportGivesBackTheSameSubscriptions() throws Exception {
        List<OpmlOutline> subscriptions = List.of(
                new OpmlOutline("Quarry <&> Kiln", URI.create("https://quarry.example/feed.atom"), URI.create("https://quarry.example/"), null),
                new OpmlOutline("r/java", URI.create("https://www.reddit.com/r/java"), null, "Code/JVM"),
                new OpmlOutline("Signal Path", URI.create("https://signalpath.example/feed.json?x=1&y=2"), null, "Code"),
                new OpmlOutline("Hacker News: rust", URI.create("hn:rust"), null, "Code/JVM"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Opml.write(subscriptions, "Scriptorium sources", out);
        List<OpmlOutline> back = Opml.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back).containsExactlyInAnyOrderElementsOf(subscriptions);
    }

    @Test
    void doctypeWithExternalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-private-marmalade-recipe");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<opml version=\"2.0\"><body><outline text=\"&s;\" xmlUrl=\"https://x.example/&s;\"/></body></opml>";

        OpmlException e = catchThrowableOfType(OpmlException.class, () -> read(xml));

        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("marmalade");
    }

    @Test
    void brokenFileIsReportedWithItsLine() {
        OpmlException e = catchThrowableOfType(OpmlException.class,
                () -> read("<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n</body></opml>"));

        assertThat(e.getMessage()).contains("not well-formed").contains("line");
    }
}
