package org.scriptorium.publishers.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

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

        assertThat(ImageChecks.problems(images, new ImageLimits(4, 1_000_000, 0), "Bluesky")).extracting(Problem::message).containsExactly(
                "The post has 5 images; Bluesky takes up to 4.",
                "The image photo.jpg is 1.4 MB; Bluesky takes images up to 1 MB.",
                "The image edge.png is 1,000,001 bytes; Bluesky takes images up to 1,000,000 bytes.",
                "The image gone.png cannot be read; is it still there?");
        assertThat(ImageChecks.sizes(5_200_000, 4_000_000)).containsExactly("5.2 MB", "4 MB");
        assertThat(ImageChecks.sizes(37_748_737, 36L * 1024 * 1024)).containsExactly("37,748,737 bytes", "37,748,736 bytes");
        assertThat(ImageChecks.sizes(950_000, 900_000)).containsExactly("950.0 kB", "900 kB");
    }

    @Test
    void anImageOverTheNetworksPixelLimitIsSaidWithItsWidthAndHeight() throws IOException {
        // Mastodon's default: 7680 × 4320 pixels at most. Only the header is read, so the files are a few bytes.
        ImageLimits mastodon = new ImageLimits(4, 16L * 1024 * 1024 - 1, 33_177_600);
        List<PostImage> images = List.of(png("eight-k.png", 7_680, 4_320), png("panorama.png", 12_000, 3_000));

        assertThat(ImageChecks.problems(images, mastodon, "Mastodon")).extracting(Problem::message).containsExactly(
                "The image panorama.png is 12,000 × 3,000 pixels (36,000,000); Mastodon takes images of up to 33,177,600 pixels.");
        assertThat(ImageChecks.problems(images, new ImageLimits(4, 16L * 1024 * 1024 - 1, 0), "Bluesky")).as("no pixel limit").isEmpty();
    }

    /** A PNG of the given size as far as its header goes: the signature and an IHDR chunk, which is all a reader needs for the size. */
    private PostImage png(String name, int width, int height) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(chunk);
        ihdr.writeBytes("IHDR");
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[]{8, 2, 0, 0, 0}); // 8-bit RGB, standard compression, filter and no interlace
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return new PostImage(Files.write(dir.resolve(name), file.toByteArray()), "");
    }
}
