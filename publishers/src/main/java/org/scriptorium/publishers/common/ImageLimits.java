package org.scriptorium.publishers.common;

/**
 * What one network takes in a post's images, each an inclusive maximum: how many a post may carry, how large a file,
 * and how many pixels (width times height; 0 where the network names no limit). Each network keeps its values in one
 * constant, with where they are documented; its {@link org.scriptorium.core.publishing.Capabilities} and its
 * validation both read that constant.
 */
public record ImageLimits(int perPost, long bytes, long pixels) {
    public ImageLimits {
        if (perPost < 0 || bytes <= 0 || pixels < 0) {
            throw new IllegalArgumentException("Image limits are counts and sizes: " + perPost + ", " + bytes + ", " + pixels);
        }
    }
}
