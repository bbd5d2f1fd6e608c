package org.scriptorium.publishers.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageChecksTest {
    @TempDir
    Path dir;

    private PostImage file(String name, int bytes) throws Exception {
        return new PostImage(Files.write(dir.resolve(name), new byte[bytes]), "");
    }

    @Test
    void sizesReadDifferentlyFromTheLimitAndMissingFilesAndCountsAreSaid() throws Exception {
        List<PostImage> images = List.of(file("photo.jpg", 1_400_000), file("edge.png", 1_000_001), file("fine.png", 999_000),
                new PostImage(dir.resolve("gone.png"), ""), file("small.png", 10));

        assertThat(ImageChecks.problems(images, 4, 1_000_000, "Bluesky")).extracting(Problem::message).containsExactly(
                "The post has 5 images; Bluesky takes up to 4.",
                "The image photo.jpg is 1.4 MB; Bluesky takes images up to 1 MB.",
                "The image edge.png is 1,000,001 bytes; Bluesky takes images up to 1,000,000 bytes.",
                "The image gone.png cannot be read; is it still there?");
        assertThat(ImageChecks.sizes(5_200_000, 4_000_000)).containsExactly("5.2 MB", "4 MB");
        assertThat(ImageChecks.sizes(37_748_737, 36L * 1024 * 1024)).containsExactly("37,748,737 bytes", "37,748,736 bytes");
        assertThat(ImageChecks.sizes(950_000, 900_000)).containsExactly("950.0 kB", "900 kB");
    }
}
