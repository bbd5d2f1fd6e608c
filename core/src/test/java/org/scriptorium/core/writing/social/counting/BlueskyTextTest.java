package org.scriptorium.core.writing.social.counting;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlueskyTextTest {
    private final BlueskyText bluesky = new BlueskyText();

    @Test
    void bareDomainsTagsByTheNetworksGrammarAndCashtagsBecomeFacets() {
        String text = "Read example.com/a) and (see en.wikipedia.org/wiki/Grid_(power)). #C++ #tag-with-dash ＃全角 $aapl";

        assertThat(bluesky.facets(text)).containsExactly(
                new Facet(Facet.Kind.LINK, 5, 18, "https://example.com/a"), // ")" dropped: nothing opened it
                new Facet(Facet.Kind.LINK, 29, 64, "https://en.wikipedia.org/wiki/Grid_(power))"), // kept: "(" in the link
                new Facet(Facet.Kind.TAG, 66, 70, "C++"),
                new Facet(Facet.Kind.TAG, 71, 85, "tag-with-dash"),
                new Facet(Facet.Kind.TAG, 86, 95, "全角"), // full-width sign: three bytes
                new Facet(Facet.Kind.TAG, 96, 101, "$AAPL"));
        assertThat(bluesky.facets(text)).allMatch(f -> f.declares(text));
    }

    @Test
    void anyUnicodeSpaceEndsALinkAndStartsATagOrMention() {
        String text = "Hi\u00a0#tag\u3000@alice.bsky.social https://example.com/a\u00a0next";

        assertThat(bluesky.facets(text)).containsExactly(
                new Facet(Facet.Kind.TAG, 4, 8, "tag"),
                new Facet(Facet.Kind.MENTION, 11, 29, "alice.bsky.social"),
                new Facet(Facet.Kind.LINK, 30, 51, "https://example.com/a")); // not "https://example.com/a next"
    }

    @Test
    void tagsKeepMarksAndScriptsAndStopAtSixtyFourCharacters() {
        String text = "#" + "a".repeat(64) + " #" + "a".repeat(65) + " #हिन्दी #cafe\u0301! @ana";

        assertThat(bluesky.facets(text)).extracting(Facet::value)
                .containsExactly("a".repeat(64), "हिन्दी", "cafe\u0301"); // 65 is too long; "!" trails; "@ana" is no handle
    }

    @Test
    void aFacetGoesOutOnlyWhenItsBytesAreTheTextItDeclaresAndTheSchemaTakesIt() {
        String text = "Grüße aus example.com #Köln";
        List<Facet> facets = bluesky.facets(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(facets).extracting(f -> new String(Arrays.copyOfRange(utf8, f.byteStart(), f.byteEnd()), StandardCharsets.UTF_8))
                .containsExactly("example.com", "#Köln");
        assertThat(facets).allMatch(f -> f.declares(text));

        Facet shifted = new Facet(Facet.Kind.TAG, facets.get(1).byteStart() - 1, facets.get(1).byteEnd() - 1, "Köln");
        assertThat(shifted.declares(text)).isFalse();
        assertThat(new Facet(Facet.Kind.TAG, 0, 3, "Gr").declares(text)).isFalse(); // ends inside "ü"
        String badLink = "see https:///example.com";
        assertThat(bluesky.facets(badLink)).singleElement().satisfies(f -> assertThat(f.declares(badLink)).isFalse());
    }
}
