package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UtmParamsTest {
    private final UtmParams bluesky = new UtmParams("bluesky", "social", "harbour-cranes");

    @Test
    void everyWebLinkGainsTheParametersBeforeItsFragmentAndTheSentenceStaysAsWritten() {
        String text = "New post: https://example.com/blog/cranes#night. Also see http://example.org/a?ref=feed (and www.example.net).";
        assertThat(bluesky.apply(text)).isEqualTo("New post: https://example.com/blog/cranes?utm_source=bluesky&utm_medium=social"
                + "&utm_campaign=harbour-cranes#night. Also see http://example.org/a?ref=feed&utm_source=bluesky&utm_medium=social"
                + "&utm_campaign=harbour-cranes (and www.example.net).");
    }

    @Test
    void aLinkTaggedAlreadyIsLeftAloneSoTaggingTwiceChangesNothing() {
        String own = "Read https://example.com/x?utm_source=newsletter today";
        assertThat(bluesky.apply(own)).isEqualTo(own);
        String once = bluesky.apply("Read https://example.com/x today");
        assertThat(bluesky.apply(once)).isEqualTo(once);
    }

    @Test
    void withoutACampaignOnlySourceAndMediumAreAddedAndTextWithoutLinksIsUnchanged() {
        UtmParams plain = new UtmParams("mastodon", "social", null);
        assertThat(plain.apply("https://example.com/")).isEqualTo("https://example.com/?utm_source=mastodon&utm_medium=social");
        assertThat(plain.apply("No links here, just words.")).isEqualTo("No links here, just words.");
        assertThat(plain.describe()).isEqualTo("utm_source=mastodon · utm_medium=social");
    }
}
