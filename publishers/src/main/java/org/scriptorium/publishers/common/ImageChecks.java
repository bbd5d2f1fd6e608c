package org.scriptorium.publishers.common;

import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;

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

/**
 * The checks every network makes of a post's images, each in its own {@link ImageLimits} but in one wording: how many
 * a post may carry, and each file there, readable, under the network's size and, where it has one, its pixel limit.
 * A network adds its own (kinds, alt text).
 */
public final class ImageChecks {
    private ImageChecks() {
    }

    public static List<Problem> problems(List<PostImage> images, ImageLimits limits, String network) {
        List<Problem> problems = new ArrayList<>();
        if (images.size() > limits.perPost()) {
            problems.add(new Problem("The post has " + images.size() + " images; " + network + " takes up to " + limits.perPost() + "."));
        }
        for (PostImage image : images) {
            String name = image.file().getFileName().toString();
            try {
                long size = Files.isRegularFile(image.file()) && Files.isReadable(image.file()) ? Files.size(image.file()) : -1;
                if (size < 0) {
                    problems.add(new Problem("The image " + name + " cannot be read; is it still there?"));
                    continue;
                }
                if (size > limits.bytes()) {
                    String[] sizes = sizes(size, limits.bytes());
                    problems.add(new Problem("The image " + name + " is " + sizes[0] + "; " + network + " takes images up to " + sizes[1] + "."));
                }
            } catch (IOException e) {
                problems.add(new Problem("The image " + name + " cannot be read; is it still there?"));
                continue;
            }
            long[] dimensions = limits.pixels() > 0 ? dimensions(image.file()) : null;
            if (dimensions != null && dimensions[0] * dimensions[1] > limits.pixels()) {
                problems.add(new Problem(String.format(Locale.ENGLISH, "The image %s is %,d × %,d pixels (%,d); %s takes images of up to %,d pixels.",
                        name, dimensions[0], dimensions[1], dimensions[0] * dimensions[1], network, limits.pixels())));
            }
        }
        return problems;
    }

    /**
     * A file's size and the limit in the limit's unit (MB from 1 MB up, else kB), with as many decimals as it takes for
     * the two to read differently ("5.2 MB" and "4 MB"), in bytes when even three are not enough.
     */
    static String[] sizes(long bytes, long limit) {
        double unit = limit >= 1_000_000 ? 1_000_000.0 : 1_000.0;
        String name = limit >= 1_000_000 ? " MB" : " kB";
        for (int decimals = 1; decimals <= 3; decimals++) {
            String size = String.format(Locale.ENGLISH, "%,." + decimals + "f", bytes / unit);
            String most = String.format(Locale.ENGLISH, "%,." + decimals + "f", limit / unit);
            if (!size.equals(most)) {
                return new String[]{size + name, most.replaceAll("\\.?0+$", "") + name};
            }
        }
        return new String[]{String.format(Locale.ENGLISH, "%,d bytes", bytes), String.format(Locale.ENGLISH, "%,d bytes", limit)};
    }

    // Width and height from the image's header, without decoding it; null when the format is not one ImageIO reads.
    private static long[] dimensions(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new long[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
