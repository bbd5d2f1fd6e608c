package org.scriptorium.core.images;

import org.scriptorium.core.InvalidInput;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/** What a run of bytes is as an image: its media type from the first bytes, its size from the header alone. */
public final class ImageBytes {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String BMP = "image/bmp";

    /** The largest file we accept and the most pixels we decode: past these a desktop app stalls or runs out of memory. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;

    private ImageBytes() {
    }

    /** Width and height read from the header, without decoding the pixels. */
    public record Dimensions(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** The media type the bytes really are, or null when they are not an image we know. */
    public static String mediaType(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return null;
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(bytes, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return WEBP;
        }
        if (starts(bytes, 'B', 'M')) {
            return BMP;
        }
        return null;
    }

    /** The usual file extension for a media type. */
    public static String extension(String mediaType) {
        return switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
            case PNG -> "png";
            case JPEG, "image/jpg" -> "jpg";
            case GIF -> "gif";
            case WEBP -> "webp";
            case BMP -> "bmp";
            default -> throw new InvalidInput("Scriptorium keeps PNG, JPEG, GIF, WebP and BMP images, not " + mediaType + ".");
        };
    }

    /**
     * Checks that the bytes are a readable image within the limits and returns its size.
     *
     * @throws InvalidInput for anything else, in a sentence the user can act on
     */
    public static Dimensions check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("The image is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("The image is " + bytes.length / (1024 * 1024) + " MB; Scriptorium accepts images up to "
                    + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        Dimensions dimensions = readDimensions(bytes);
        if (dimensions.pixels() > MAX_PIXELS) {
            throw new InvalidInput("The image is " + dimensions.width() + "x" + dimensions.height() + " ("
                    + dimensions.pixels() / 1_000_000 + " megapixels); Scriptorium accepts up to "
                    + MAX_PIXELS / 1_000_000 + " megapixels.");
        }
        return dimensions;
    }

    private static Dimensions readDimensions(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(bytes);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw notAnImage(bytes);
                }
                return new Dimensions(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw notAnImage(bytes);
        }
    }

    private static InvalidInput notAnImage(byte[] bytes) {
        if (WEBP.equals(mediaType(bytes))) {
            return new InvalidInput("This is a WebP image, which Scriptorium cannot open yet; save it as PNG or JPEG.");
        }
        return new InvalidInput("This file is not an image Scriptorium can open (PNG, JPEG, GIF or BMP).");
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
