package org.scriptorium.core.images;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineImagesTest {
    @Test
    void promptBecomesACardOfTheRequestedSizeWithNoServiceAtAll() throws IOException {
        OfflineImages offline = new OfflineImages();
        ImageRequest request = new ImageRequest("Why small teams ship faster. A look at handoffs and waiting time",
                null, ImageSize.LINKEDIN, null);

        GeneratedImage image = offline.generate(request, Progress.NONE);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1200);
        assertThat(decoded.getHeight()).isEqualTo(627);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.provider()).isEqualTo("offline");
        assertThat(offline.name()).isEqualTo("offline");
        byte[] expected = new CoverRenderer().renderPng(
                CoverSpec.defaults("Why small teams ship faster", "A look at handoffs and waiting time"), ImageSize.LINKEDIN);
        assertThat(image.bytes()).isEqualTo(expected);
    }

    @Test
    void firstSentenceIsTheTitleAndTheRestTheSubtitle() {
        assertThat(OfflineImages.split("Why small teams ship faster. A look at handoffs"))
                .containsExactly("Why small teams ship faster", "A look at handoffs");
        assertThat(OfflineImages.split("Is remote work here to stay? Data from three surveys"))
                .containsExactly("Is remote work here to stay?", "Data from three surveys");
        assertThat(OfflineImages.split("A watercolour of a lighthouse at dawn"))
                .containsExactly("A watercolour of a lighthouse at dawn", null);
    }

    @Test
    void cancelledBeforeStartingDrawsNothing() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new OfflineImages().generate(new ImageRequest("x", null, ImageSize.SQUARE, null), cancelled))
                .isInstanceOf(Progress.Cancelled.class);
    }
}
