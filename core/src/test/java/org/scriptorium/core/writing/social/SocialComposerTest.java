package org.scriptorium.core.writing.social;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SocialComposerTest {
    private static final String LINK = "https://blog.example.org/posts/why-old-streets-run-out-of-grid-first";
    private static final String TITLE = "Why the Old Streets Run Out of Grid First";
    private final SocialComposer composer = new SocialComposer();
    private final String article = article();

    @Test
    void anXPostBecomesANumberedThreadWithTheLinkAndAtMostTwoHashtags() {
        SocialPost post = composer.compose(Platform.X, TITLE, article, LINK);

        assertThat(post.isThread()).isTrue();
        List<String> parts = post.parts();
        assertThat(parts.getFirst()).startsWith("1/" + parts.size() + " " + TITLE + "\n\n");
        assertThat(parts).allMatch(PlatformRules.of(Platform.X)::fits);
        assertThat(String.join("\n", parts)).containsOnlyOnce(LINK).doesNotContain("**", "[4]", "](", "Assembled offline");
        assertThat(post.hashtags()).hasSizeBetween(1, 2).allMatch(t -> t.matches("#\\p{Lu}[\\p{L}\\p{N}]+"));
        assertThat(parts.getLast()).contains("Read more: " + LINK).endsWith(String.join(" ", post.hashtags()));
        assertThat(post.hashtags()).contains("#HeatPumps");
        assertThat(post.link()).isEqualTo(LINK);
        assertThat(post.issues()).isEmpty();
    }

    @Test
    void aLinkedInPostIsOnePlainPostThatOpensWithTheTitleAndQuotesTheArticle() {
        SocialPost post = composer.compose(Platform.LINKEDIN, TITLE, article, LINK);

        assertThat(post.parts()).hasSize(1);
        String text = post.parts().getFirst();
        assertThat(text).startsWith(TITLE + "\n\n").contains("\n\nRead more: " + LINK + "\n\n")
                .doesNotContain("**", "[2]", "References", "Marlow doubles");
        assertThat(post.hashtags()).hasSize(3);
        assertThat(text).endsWith(String.join(" ", post.hashtags()));
        String body = text.split("\n\n")[1];
        assertThat(article).contains(body.substring(0, body.indexOf('.') + 1)); // quoted, not invented
        assertThat(post.issues()).isEmpty();
    }

    @Test
    void pastedPlainTextIsComposedTheSameWayAndFitsBlueskyByGraphemes() {
        String pasted = "Residents will see road works for about two weeks per street 🚧. Smart thermostats that preheat homes "
                + "flatten the evening peak 👍🏽. A pilot with fifty homes cut evening demand by a fifth 👨‍👩‍👧. Households in "
                + "the pilot got a discount on their grid fee 🇩🇪. Transformers that run near their limit age faster and fail "
                + "more often. Nordnet will replace sixty transformers in the older districts, street by street, over three years.";

        SocialPost post = composer.compose(Platform.BLUESKY, "", pasted, LINK);

        PlatformRules bluesky = PlatformRules.of(Platform.BLUESKY);
        assertThat(post.parts()).allMatch(bluesky::fits);
        assertThat(post.parts().getFirst()).doesNotStartWith("\n");
        assertThat(String.join(" ", post.parts())).contains("👨‍👩‍👧", "🇩🇪", LINK);
        assertThat(post.issues()).isEmpty();
    }

    @Test
    void withoutThreadsATooLongPostIsShortenedAtAWordWithAnEllipsis() {
        String title = "Transformers in the older streets ran near their limit ".repeat(60).strip();

        SocialPost post = composer.compose(Platform.LINKEDIN, title, article, LINK);

        assertThat(post.parts()).hasSize(1);
        String text = post.parts().getFirst();
        assertThat(PlatformRules.of(Platform.LINKEDIN).fits(text)).isTrue();
        assertThat(text.split("\n\n")[0]).endsWith("…").doesNotEndWith(" …");
        assertThat(text).contains("Read more: " + LINK);
    }

    @Test
    void theCheckNamesWhatAPlatformWouldRejectOrReadersDislike() {
        assertThat(composer.check(Platform.X, "a".repeat(300))).extracting(Issue::message)
                .containsExactly("The post is 300 characters long as X counts them; X allows 280.");
        assertThat(composer.check(Platform.X, "Grid news #HeatPumps #Grid #Energy https://example.org/plan#street"))
                .extracting(Issue::kind).containsExactly(Issue.Kind.TOO_MANY_HASHTAGS);
        assertThat(composer.check(Platform.MASTODON, "The **upgrade map** is [here](https://example.org)."))
                .extracting(Issue::kind).containsExactly(Issue.Kind.MARKDOWN_LEFT);
        assertThat(composer.check(Platform.BLUESKY, "  ")).extracting(Issue::kind).containsExactly(Issue.Kind.EMPTY);
        assertThat(composer.check(Platform.X, "漢".repeat(140) + " " + "https://example.org/" + "x".repeat(200))).hasSize(1);
        assertThat(composer.check(Platform.X, "漢".repeat(128) + " https://example.org/" + "x".repeat(200))).isEmpty();
    }

    @Test
    void hashtagsAreCamelCaseWithoutSpacesOrPunctuation() {
        assertThat(SocialComposer.hashtag("virtual threads")).isEqualTo("#VirtualThreads");
        assertThat(SocialComposer.hashtag("Java 25")).isEqualTo("#Java25");
        assertThat(SocialComposer.hashtag("heat-pump grants")).isEqualTo("#HeatPumpGrants");
        assertThat(SocialComposer.hashtag("café owners")).isEqualTo("#CaféOwners");
    }

    private static String article() {
        try (InputStream in = SocialComposerTest.class.getResourceAsStream("/writing/transformer-article.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
