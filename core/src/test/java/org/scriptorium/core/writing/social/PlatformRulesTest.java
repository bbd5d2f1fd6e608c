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
    void mastodonCountsCodePointsWithEveryLinkAs23() {
        assertThat(mastodon.limit()).isEqualTo(500);
        assertThat(mastodon.length("See " + LONG_URL)).isEqualTo(4 + 23);
        assertThat(mastodon.length(THUMBS_UP_MEDIUM)).isEqualTo(2);
        assertThat(mastodon.length("Caf" + E_ACUTE_COMBINED)).isEqualTo(5);
        assertThat(mastodon.length("Thanks @ana@example.social")).isEqualTo("Thanks @ana".length());
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
}
