package org.scriptorium.publishers.linkedin;

import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.publishers.common.ImageChecks;
import org.scriptorium.publishers.common.ImageLimits;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What LinkedIn takes in a post, checked before anything is sent: 3,000 characters of commentary, JPG, PNG or GIF
 * images within {@link #IMAGES}, and alt text up to 4,086 characters.
 */
final class LinkedInRules {
    /**
     * LinkedIn's documented image limits: 20 images in a multi-image post (MultiImage API,
     * learn.microsoft.com/linkedin/marketing/community-management/shares/multiimage-post-api) and fewer than 36,152,320
     * pixels each (Images API, learn.microsoft.com/linkedin/marketing/community-management/shares/images-api). The
     * Images API names no byte limit, so a generous 36 MiB bounds the upload.
     */
    static final ImageLimits IMAGES = new ImageLimits(20, 36L * 1024 * 1024, 36_152_320 - 1);
    static final int MAX_ALT_TEXT = 4_086;
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    private static final PlatformRules TEXT = PlatformRules.of(Platform.LINKEDIN);

    static final Capabilities CAPABILITIES = new Capabilities(TEXT.limit(), IMAGES.perPost(), IMAGES.bytes(), false, false, false);

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
        problems.addAll(ImageChecks.problems(post.images(), IMAGES, "LinkedIn"));
        post.images().stream().filter(image -> Files.isRegularFile(image.file())).forEach(image -> problems.addAll(imageProblems(image)));
        return List.copyOf(problems);
    }

    private static List<Problem> imageProblems(PostImage image) {
        List<Problem> problems = new ArrayList<>();
        String name = image.file().getFileName().toString();
        if (!IMAGE_TYPES.contains(image.mimeType())) {
            problems.add(new Problem("The image " + name + " is not a JPG, PNG or GIF, which are what LinkedIn takes."));
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
}
