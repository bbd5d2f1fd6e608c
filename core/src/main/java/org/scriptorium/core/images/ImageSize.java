package org.scriptorium.core.images;

import org.scriptorium.core.InvalidInput;

import java.util.Locale;

/** An image size in pixels, with the platform sizes Scriptorium knows by name. */
public record ImageSize(int width, int height) {
    public static final ImageSize LINKEDIN = new ImageSize(1200, 627);
    public static final ImageSize OPEN_GRAPH = new ImageSize(1200, 630);
    public static final ImageSize SQUARE = new ImageSize(1080, 1080);
    public static final ImageSize BLOG_HERO = new ImageSize(1600, 900);

    public ImageSize {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new InvalidInput("An image size must be between 16 and 8192 pixels each way; got " + width + "x" + height + ".");
        }
    }

    /** Reads {@code 1200x630}. */
    public static ImageSize parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new ImageSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new InvalidInput("A size is WIDTHxHEIGHT in pixels, e.g. 1200x630; got " + text + ".");
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
