package org.scriptorium.publishers.common;

import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks every network makes of a post's images, each in its own limits but in one wording: how many a post
 * may carry, and each file there, readable and under the network's size. A network adds its own (kinds, pixels).
 */
public final class ImageChecks {
    private ImageChecks() {
    }

    public static List<Problem> problems(List<PostImage> images, int maxImages, long maxBytes, String network) {
        List<Problem> problems = new ArrayList<>();
        if (images.size() > maxImages) {
            problems.add(new Problem("The post has " + images.size() + " images; " + network + " takes up to " + maxImages + "."));
        }
        for (PostImage image : images) {
            String name = image.file().getFileName().toString();
            try {
                long size = Files.isRegularFile(image.file()) && Files.isReadable(image.file()) ? Files.size(image.file()) : -1;
                if (size < 0) {
                    problems.add(new Problem("The image " + name + " cannot be read; is it still there?"));
                } else if (size > maxBytes) {
                    String[] sizes = sizes(size, maxBytes);
                    problems.add(new Problem("The image " + name + " is " + sizes[0] + "; " + network + " takes images up to " + sizes[1] + "."));
                }
            } catch (IOException e) {
                problems.add(new Problem("The image " + name + " cannot be read; is it still there?"));
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
}
