package org.scriptorium.core.writing.social;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformRulesTest {
    private static final String FAMILY = "👨‍👩‍👧";
    private static final String THUMBS_UP_MEDIUM = "👍🏽";
    private static final String GERMAN_FLAG = "🇩🇪";
    private static final String E_ACUTE_COMBINED = "e\u0301";
    private static final String LONG_URL = "https://grid.example.org/upgrades/northern-districts/2026/transformer-replacement-plan?street=all";

    private final PlatformRules x = PlatformRules.of(Platform.X);
    private final PlatformRules bluesky = PlatformRules.of(Platform.BLUESKY);
    private final PlatformRules mastodon = PlatformRules.of(Platform.MASTODON);
    private final PlatformRules linkedIn = PlatformRules.of(Platform.LINKEDIN);

    @Test
    void xFitsExactly280AsciiCharactersAndCountsCjkTwice() {
        assertThat(x.limit()).isEqualTo(280);
        assertThat(x.length("a".repeat(280))).isEqualTo(280);
        assertThat(x.fits("a".repeat(280))).isTrue();
        assertThat(x.fits("a".repeat(281))).isFalse();
        assertThat(x.length("漢".repeat(140))).isEqualTo(280);
        assertThat(x.fits("漢".repeat(141))).isFalse();
        assertThat(x.length("こんにちは world")).isEqualTo(16);
        assertThat(x.length("“quoted” – fine")).isEqualTo(15); // curly quotes and dashes are in the light ranges
    }

    @Test
    void xCountsEveryLinkAs23WhateverItsLength() {
        assertThat(x.length(LONG_URL)).isEqualTo(23);
        assertThat(x.length("Map: https://a.co/x.")).isEqualTo(5 + 23 + 1);
        assertThat(x.length("Map: www.example.org/plan")).isEqualTo(5 + 23);
    }

    @Test
    void xCountsEveryEmojiAsTwoHoweverManyCodePointsItHas() {
        assertThat(x.length(THUMBS_UP_MEDIUM)).isEqualTo(2);
        assertThat(x.length(FAMILY)).isEqualTo(2);
        assertThat(x.length(GERMAN_FLAG)).isEqualTo(2);
        assertThat(x.length("❤️")).isEqualTo(2);
        assertThat(x.length("Caf" + E_ACUTE_COMBINED)).isEqualTo(4); // NFC makes e + ◌́ one character
        assertThat(x.length("Go " + FAMILY + GERMAN_FLAG + "!")).isEqualTo(3 + 2 + 2 + 1);
    }

    @Test
    void blueskyCountsWhatAReaderSeesAsOneCharacter() {
        assertThat(bluesky.limit()).isEqualTo(300);
        assertThat(bluesky.length(FAMILY)).isEqualTo(1);
        assertThat(bluesky.length(THUMBS_UP_MEDIUM)).isEqualTo(1);
        assertThat(bluesky.length(GERMAN_FLAG + GERMAN_FLAG)).isEqualTo(2);
        assertThat(bluesky.length("Caf" + E_ACUTE_COMBINED)).isEqualTo(4);
        assertThat(bluesky.length(LONG_URL)).isEqualTo(LONG_URL.length()); // links as written
    }

    @Test
    void mastodonCountsGraphemesWithEveryLinkAs23AndRemoteMentionsByTheirLocalPart() {
        assertThat(mastodon.limit()).isEqualTo(500);
        assertThat(mastodon.length("See " + LONG_URL)).isEqualTo(4 + 23);
        assertThat(mastodon.length("See www.example.org/" + "a".repeat(40))).isEqualTo(60); // no scheme: counted as written
        assertThat(mastodon.length(THUMBS_UP_MEDIUM)).isEqualTo(1); // the server counts grapheme clusters
        assertThat(mastodon.length(FAMILY)).isEqualTo(1);
        assertThat(mastodon.length("Caf" + E_ACUTE_COMBINED)).isEqualTo(4);
        assertThat(mastodon.length("Thanks @ana@example.social")).isEqualTo("Thanks @ana".length());
    }

    @Test
    void xWeighsLinksWithoutASchemeAs23AndEndsThemAtAnySpace() {
        assertThat(x.length("See example.com")).isEqualTo(4 + 23);
        assertThat(x.length("See t.co/x")).isEqualTo(4 + 23);
        assertThat(x.length("See example.com/" + "a".repeat(60) + "." )).isEqualTo(4 + 23 + 1); // the full stop ends the sentence
        assertThat(x.length("https://example.com/a\u00a0next")).isEqualTo(23 + 1 + 4); // a no-break space ends the link
        assertThat(x.length("https://en.wikipedia.org/wiki/Grid_(power)")).isEqualTo(23); // ")" kept when balanced
        assertThat(x.length("(https://example.com/a)")).isEqualTo(1 + 23 + 1);
        assertThat(x.length("example.notatld")).isEqualTo(15); // no top-level domain X knows: plain text
    }

    @Test
    void xRefusesInvisibleNonCharactersAndTheIssueSaysWhere() {
        assertThat(x.issues("Hello\uFEFF world")).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Issue.Kind.REFUSED_CHARACTER);
            assertThat(issue.message()).contains("U+FEFF", "character 6", "X refuses");
        });
        assertThat(x.issues("Hello world")).isEmpty();
        assertThat(bluesky.issues("Hello\uFEFF world")).isEmpty();
    }

    @Test
    void blueskyCapsBytesAsWellAsGraphemes() {
        String family = "👨‍👩‍👧‍👦"; // one grapheme, 25 bytes
        assertThat(bluesky.length(family.repeat(125))).isEqualTo(125);
        assertThat(bluesky.fits(family.repeat(120))).isTrue(); // 3,000 bytes
        assertThat(bluesky.fits(family.repeat(125))).isFalse(); // 3,125 bytes: the network refuses it
        assertThat(bluesky.issues(family.repeat(125))).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Issue.Kind.TOO_LONG);
            assertThat(issue.message()).startsWith("The post is 3125 bytes long; Bluesky allows 3000");
        });
        assertThat(x.fits(family.repeat(125))).isTrue(); // the byte cap is Bluesky's alone
    }

    @Test
    void linkedInAndFacebookHaveLongLimitsAndNoThreads() {
        assertThat(linkedIn.limit()).isEqualTo(3_000);
        assertThat(PlatformRules.of(Platform.FACEBOOK).limit()).isEqualTo(63_206);
        assertThat(linkedIn.hasThreads()).isFalse();
        assertThat(PlatformRules.of(Platform.FACEBOOK).hasThreads()).isFalse();
        assertThat(x.hasThreads()).isTrue();
        assertThat(mastodon.hasThreads()).isTrue();
        assertThat(bluesky.hasThreads()).isTrue();
        assertThat(linkedIn.length(LONG_URL)).isEqualTo(LONG_URL.length());
        assertThat(linkedIn.minHashtags()).isEqualTo(3);
        assertThat(linkedIn.maxHashtags()).isEqualTo(5);
        assertThat(x.maxHashtags()).isEqualTo(2);
    }

    @Test
    void aTextNoNetworkWouldTakeIsStillCountedNotAnError() {
        String labels = "a.".repeat(2_000) + "com"; // 4,003 characters: two thousand nested repeats for Java's matcher
        assertThat(x.length(labels)).isEqualTo(23);
        assertThat(bluesky.entities(labels)).singleElement().extracting(e -> e.end()).isEqualTo(labels.length());
        assertThat(mastodon.length("https://example.com/" + "(a)".repeat(300))).isEqualTo(23);
    }
}
