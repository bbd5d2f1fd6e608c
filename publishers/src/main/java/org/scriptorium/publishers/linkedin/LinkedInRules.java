package org.scriptorium.publishers.linkedin;

import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.publishers.common.ImageChecks;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What LinkedIn takes in a post, checked before anything is sent. The limits are LinkedIn's documented ones: 3,000
 * characters of commentary, 20 images in a multi-image post, JPG, PNG or GIF images under 36,152,320 pixels, and
 * alt text up to 4,086 characters. The Images API names no byte limit, so a generous 36 MB bounds the upload.
 */
final class LinkedInRules {
    static final int MAX_IMAGES = 20;
    static final long MAX_IMAGE_BYTES = 36L * 1024 * 1024;
    static final long MAX_PIXELS = 36_152_320L;
    static final int MAX_ALT_TEXT = 4_086;
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    private static final PlatformRules TEXT = PlatformRules.of(Platform.LINKEDIN);

    static final Capabilities CAPABILITIES = new Capabilities(TEXT.limit(), MAX_IMAGES, MAX_IMAGE_BYTES, false, false, false);

    private LinkedInRules() {
    }

    /**
     * Every problem at once, without any network call (a first comment is refused for every network without one, by
     * Publishing). A publish time is not checked, since LinkedIn has no native scheduling and the scheduler holds the post until then.
     */
    static List<Problem> validate(OutgoingPost post) {
        List<Problem> problems = new ArrayList<>();
        if (post.text().isBlank()) {
            problems.add(new Problem("The post has no text; LinkedIn needs some."));
        }
        int length = TEXT.length(post.text());
        if (length > TEXT.limit()) {
            problems.add(say("The post is %,d characters; LinkedIn allows %,d.", length, TEXT.limit()));
        }
        problems.addAll(ImageChecks.problems(post.images(), MAX_IMAGES, MAX_IMAGE_BYTES, "LinkedIn"));
        post.images().stream().filter(image -> Files.isRegularFile(image.file())).forEach(image -> problems.addAll(imageProblems(image)));
        return List.copyOf(problems);
    }

    private static List<Problem> imageProblems(PostImage image) {
        List<Problem> problems = new ArrayList<>();
        Path file = image.file();
        String name = file.getFileName().toString();
        if (!IMAGE_TYPES.contains(image.mimeType())) {
            problems.add(new Problem("The image " + name + " is not a JPG, PNG or GIF, which are what LinkedIn takes."));
        }
        long pixels = pixels(file);
        if (pixels > MAX_PIXELS) {
            problems.add(say("The image %s has %,d pixels; LinkedIn takes fewer than %,d.", name, pixels, MAX_PIXELS));
        }
        if (image.altText() != null && image.altText().length() > MAX_ALT_TEXT) {
            problems.add(say("The description of %s is %,d characters; LinkedIn allows %,d.", name, image.altText().length(), MAX_ALT_TEXT));
        }
        return problems;
    }

    // The messages are English sentences, so their numbers are written the English way whatever the machine's locale.
    private static Problem say(String format, Object... args) {
        return new Problem(String.format(Locale.ENGLISH, format, args));
    }

    // Width times height from the image's header, without decoding it; 0 when the format is not one ImageIO reads.
    private static long pixels(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
