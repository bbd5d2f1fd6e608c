package org.scriptorium.core.writing.social;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostPreviewTest {
    private static final String FAMILY = "👨‍👩‍👧";
    private static final String GERMAN_FLAG = "🇩🇪";
    private static final String LONG_URL = "https://www.grid.example.org/upgrades/northern-districts/2026/plan?street=all";

    @Test
    void marksExactlyTheCharactersPastXsLimitCountingEmojiAsTwo() {
        PostPreview fits = PostPreview.of(Platform.X, "a".repeat(278) + FAMILY);
        assertThat(fits.overLimit()).isFalse();

        PostPreview oneOver = PostPreview.of(Platform.X, "a".repeat(278) + FAMILY + "b");
        assertThat(oneOver.overflow()).isEqualTo("b");

        PostPreview emojiOver = PostPreview.of(Platform.X, "a".repeat(279) + FAMILY + " ok");
        assertThat(emojiOver.overflow()).isEqualTo(FAMILY + " ok"); // the whole family, never half of it
    }

    @Test
    void blueskyOverflowFollowsGraphemesNotCodePoints() {
        PostPreview preview = PostPreview.of(Platform.BLUESKY, "a".repeat(299) + GERMAN_FLAG + "xyz");
        assertThat(preview.overflow()).isEqualTo("xyz");
    }

    @Test
    void aLinkIsShortenedAsTheFeedShowsItAndIsOverTheLimitWhole() {
        String text = "a".repeat(270) + " " + LONG_URL;
        PostPreview preview = PostPreview.of(Platform.X, text);
        PostPreview.Segment link = preview.segments().stream().filter(s -> s.kind() == PostPreview.Kind.LINK).findFirst().orElseThrow();
        assertThat(link.written()).isEqualTo(LONG_URL);
        assertThat(link.shown()).isEqualTo("grid.example.org/upgrad…");
        assertThat(link.overLimit()).isTrue();
        assertThat(preview.overflow()).isEqualTo(LONG_URL);

        PostPreview linkedIn = PostPreview.of(Platform.LINKEDIN, "Read it: " + LONG_URL);
        assertThat(linkedIn.segments()).extracting(PostPreview.Segment::shown).contains(LONG_URL);
    }

    @Test
    void hashtagsMentionsAndLinksAreTheirOwnSegmentsAndTheTextIsKeptWhole() {
        String text = "New post with @ana@example.social and @bob. #EnergyGrid #2026plan, see https://x.example.org/p. C# and a@b.com stay text.";
        PostPreview preview = PostPreview.of(Platform.MASTODON, text);
        assertThat(preview.segments()).filteredOn(s -> s.kind() == PostPreview.Kind.MENTION)
                .extracting(PostPreview.Segment::written).containsExactly("@ana@example.social", "@bob");
        assertThat(preview.segments()).filteredOn(s -> s.kind() == PostPreview.Kind.HASHTAG)
                .extracting(PostPreview.Segment::written).containsExactly("#EnergyGrid", "#2026plan");
        assertThat(preview.segments()).filteredOn(s -> s.kind() == PostPreview.Kind.LINK)
                .extracting(PostPreview.Segment::written).containsExactly("https://x.example.org/p");
        assertThat(String.join("", preview.segments().stream().map(PostPreview.Segment::written).toList())).isEqualTo(text);
    }

    @Test
    void linkedInFoldsALongPostBetweenWordsBeforeSeeMore() {
        String text = "Grid upgrades are late everywhere. ".repeat(12);
        PostPreview preview = PostPreview.of(Platform.LINKEDIN, text);
        assertThat(preview.foldAt()).isBetween(105, 210);
        assertThat(text.charAt(preview.foldAt())).isEqualTo(' ');
        assertThat(PostPreview.of(Platform.LINKEDIN, "Short post.").foldAt()).isEqualTo(-1);
        assertThat(PostPreview.of(Platform.X, text).foldAt()).isEqualTo(-1);
    }
}
