package org.scriptorium.publishers.linkedin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commentary LinkedIn receives for what the user wrote, and what is refused before anything is sent. */
class LinkedInTextTest {
    @TempDir
    Path dir;

    @Test
    void everyReservedCharacterIsEscapedSoLinkedInNeverCutsThePost() {
        assertThat(LittleText.commentary("a\\b|c{d}e@f[g]h(i)j<k>l#m*n_o~p"))
                .isEqualTo("a\\\\b\\|c\\{d\\}e\\@f\\[g\\]h\\(i\\)j\\<k\\>l\\#m\\*n\\_o\\~p");
        assertThat(LittleText.commentary("We shipped (at last) - 3 < 5, *really* ~ok~ @team"))
                .isEqualTo("We shipped \\(at last\\) - 3 \\< 5, \\*really\\* \\~ok\\~ \\@team");
        assertThat(LittleText.commentary("Plain words, émojis 🚀 and \"quotes\" stay as they are."))
                .isEqualTo("Plain words, émojis 🚀 and \"quotes\" stay as they are.");
    }

    @Test
    void hashtagsBecomeLinkedInsHashtagTemplate() {
        assertThat(LittleText.commentary("#Java and #DevOps2026, über #Café."))
                .isEqualTo("{hashtag|\\#|Java} and {hashtag|\\#|DevOps2026}, über {hashtag|\\#|Café}.");
        // Not hashtags: inside a word, only digits, a lone sign; an underscore ends the tag as on LinkedIn.
        assertThat(LittleText.commentary("C# issue#12 #1 # #AI_ethics"))
                .isEqualTo("C\\# issue\\#12 \\#1 \\# {hashtag|\\#|AI}\\_ethics");
        assertThat(LittleText.commentary("(#Java)")).isEqualTo("\\({hashtag|\\#|Java}\\)");
    }

    @Test
    void mentionsWrittenInLinkedInsFormStayMentionsAndBareOnesAreText() {
        assertThat(LittleText.commentary("Thanks @[Devtestco](urn:li:organization:2414183) and @[Ada_L](urn:li:person:782bbtaQ)!"))
                .isEqualTo("Thanks @[Devtestco](urn:li:organization:2414183) and @[Ada\\_L](urn:li:person:782bbtaQ)!");
        assertThat(LittleText.commentary("Thanks @ada and @[someone](https://example.com)"))
                .isEqualTo("Thanks \\@ada and \\@\\[someone\\]\\(https://example.com\\)");
    }

    @Test
    void addressesKeepTheirLinkCharactersButNotWhatCutsAPost() {
        assertThat(LittleText.commentary("Read https://example.com/a_b?utm_source=li#top (docs)"))
                .isEqualTo("Read https://example.com/a_b?utm_source=li#top \\(docs\\)");
        assertThat(LittleText.commentary("See https://en.wikipedia.org/wiki/Java_(language) and https://mastodon.social/@ada"))
                .isEqualTo("See https://en.wikipedia.org/wiki/Java_\\(language\\) and https://mastodon.social/@ada");
        assertThat(LittleText.commentary("xhttps://a_b")).isEqualTo("xhttps://a\\_b");
    }

    @Test
    void readingACommentaryBackGivesTheTextAsWritten() {
        for (String text : List.of("a\\b|c{d}e@f[g]h(i)j<k>l#m*n_o~p", "#Java and C# (see https://x.org/a_(b)) @ada",
                "Thanks @[Devtestco](urn:li:organization:2414183)!", "Line one\nLine two #Tag\n\n- point *one*")) {
            assertThat(LittleText.plain(LittleText.commentary(text))).isEqualTo(text);
        }
    }

    @Test
    void validationReportsEveryProblemAtOnce() throws IOException {
        Path huge = dir.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(LinkedInRules.IMAGES.bytes() + 1);
        }
        Path webp = Files.writeString(dir.resolve("photo.webp"), "RIFF");
        Path fine = dir.resolve("fine.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", fine.toFile());
        List<PostImage> images = new ArrayList<>();
        images.add(new PostImage(dir.resolve("missing.jpg"), null));
        images.add(new PostImage(huge, null));
        images.add(new PostImage(webp, null));
        images.add(new PostImage(fine, "x".repeat(LinkedInRules.MAX_ALT_TEXT + 1)));
        Stream.generate(() -> new PostImage(fine, "ok")).limit(17).forEach(images::add);

        List<Problem> problems = LinkedInRules.validate(new OutgoingPost("é".repeat(3_001), images, "First!", null));

        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "The post is 3,001 characters; LinkedIn allows 3,000.",
                "The post has 21 images; LinkedIn takes up to 20.",
                "The image missing.jpg cannot be read; is it still there?",
                "The image huge.png is 37,748,737 bytes; LinkedIn takes images up to 37,748,736 bytes.",
                "The image photo.webp is not a JPG, PNG or GIF, which are what LinkedIn takes.",
                "The description of fine.png is 4,087 characters; LinkedIn allows 4,086.");
        assertThat(LinkedInRules.validate(OutgoingPost.text("  "))).extracting(Problem::message)
                .containsExactly("The post has no text; LinkedIn needs some.");
        assertThat(LinkedInRules.validate(new OutgoingPost("é".repeat(3_000), List.of(new PostImage(fine, "A dot")), null, null))).isEmpty();
    }

    @Test
    void capabilitiesSayWhatLinkedInTakes() {
        assertThat(LinkedInRules.CAPABILITIES.maxCharacters()).isEqualTo(3_000);
        assertThat(LinkedInRules.CAPABILITIES.maxImages()).isEqualTo(20);
        assertThat(LinkedInRules.CAPABILITIES.firstComment()).isFalse();
        assertThat(LinkedInRules.CAPABILITIES.nativeScheduling()).isFalse();
        assertThat(LinkedInRules.CAPABILITIES.idempotencyKeys()).isFalse();
    }
}
