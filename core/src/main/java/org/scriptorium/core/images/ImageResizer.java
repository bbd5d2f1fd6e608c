package org.scriptorium.core.images;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Makes an image exactly the size a platform wants, either by cropping to fill it or by letterboxing it.
 * Downscaling halves the image step by step before the last bicubic pass, so fine detail averages out instead
 * of turning into jagged noise.
 */
public final class ImageResizer {
    public enum Fit {
        /** Fill the whole size and cut off what sticks out, keeping the focus point in view. */
        CROP,
        /** Show the whole image and fill the rest with a background colour. */
        PAD
    }

    public enum Format { PNG, JPEG }

    /**
     * @param focusX  where the interesting part is, 0 (left) to 1 (right); cropping keeps it in view
     * @param focusY  the same, 0 (top) to 1 (bottom)
     * @param padding the letterbox colour, or null for the average colour of the image's edges
     */
    public record Options(double focusX, double focusY, Color padding, Format format) {
        public static final Options DEFAULT = new Options(0.5, 0.5, null, Format.PNG);

        public Options {
            if (!(focusX >= 0 && focusX <= 1 && focusY >= 0 && focusY <= 1)) {
                throw new InvalidInput("A focus point is between 0 and 1 each way; got " + focusX + ", " + focusY + ".");
            }
            format = format == null ? Format.PNG : format;
        }

        public Options withFocus(double x, double y) {
            return new Options(x, y, padding, format);
        }

        public Options withPadding(Color colour) {
            return new Options(focusX, focusY, colour, format);
        }

        public Options withFormat(Format format) {
            return new Options(focusX, focusY, padding, format);
        }
    }

    private static final float JPEG_QUALITY = 0.9f;

    public byte[] fit(byte[] image, ImageSize size, Fit fit) {
        return fit(image, size, fit, Options.DEFAULT);
    }

    /**
     * @throws InvalidInput when the bytes are not an image, or more than 30 MB or 40 megapixels
     */
    public byte[] fit(byte[] image, ImageSize size, Fit fit, Options options) {
        return encode(fit(decode(image), size, fit, options), options);
    }

    public BufferedImage fit(BufferedImage source, ImageSize size, Fit fit, Options options) {
        return switch (fit) {
            case CROP -> crop(source, size, options);
            case PAD -> pad(source, size, options);
        };
    }

    static BufferedImage decode(byte[] bytes) {
        ImageBytes.check(bytes);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new InvalidInput("This file is not an image Scriptorium can open (PNG, JPEG, GIF or BMP).");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInput("The image is damaged or in a variant Scriptorium cannot open (" + e.getMessage() + ").");
        }
    }

    private static BufferedImage crop(BufferedImage source, ImageSize size, Options options) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.max((double) size.width() / width, (double) size.height() / height);
        int cropWidth = Math.min(width, Math.max(1, (int) Math.round(size.width() / scale)));
        int cropHeight = Math.min(height, Math.max(1, (int) Math.round(size.height() / scale)));
        int x = clamp((int) Math.round(options.focusX() * width - cropWidth / 2.0), width - cropWidth);
        int y = clamp((int) Math.round(options.focusY() * height - cropHeight / 2.0), height - cropHeight);
        return scale(source.getSubimage(x, y, cropWidth, cropHeight), size.width(), size.height());
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    private static BufferedImage pad(BufferedImage source, ImageSize size, Options options) {
        double scale = Math.min((double) size.width() / source.getWidth(), (double) size.height() / source.getHeight());
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage scaled = scale(source, width, height);
        BufferedImage canvas = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(options.padding() != null ? options.padding() : edgeColour(source));
            g.fillRect(0, 0, size.width(), size.height());
            g.drawImage(scaled, (size.width() - width) / 2, (size.height() - height) / 2, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The average opaque colour along the image's border: a letterbox in it looks like part of the picture. */
    static Color edgeColour(BufferedImage image) {
        long red = 0;
        long green = 0;
        long blue = 0;
        long count = 0;
        int width = image.getWidth();
        int height = image.getHeight();
        int step = Math.max(1, (width + height) / 400);
        for (int x = 0; x < width; x += step) {
            for (int y : new int[]{0, height - 1}) {
                int argb = image.getRGB(x, y);
                red += argb >> 16 & 0xFF;
                green += argb >> 8 & 0xFF;
                blue += argb & 0xFF;
                count++;
            }
        }
        for (int y = 0; y < height; y += step) {
            for (int x : new int[]{0, width - 1}) {
                int argb = image.getRGB(x, y);
                red += argb >> 16 & 0xFF;
                green += argb >> 8 & 0xFF;
                blue += argb & 0xFF;
                count++;
            }
        }
        return new Color((int) (red / count), (int) (green / count), (int) (blue / count));
    }

    /** Halves while the image is more than twice the target, then one bicubic pass to the exact size. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = argb(source);
        while (current.getWidth() >= width * 2 || current.getHeight() >= height * 2) {
            int nextWidth = Math.max(width, current.getWidth() / 2);
            int nextHeight = Math.max(height, current.getHeight() / 2);
            current = draw(current, nextWidth, nextHeight, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage argb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight(), RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    /** Premultiplied alpha, so transparent pixels do not bleed their hidden colour into the edges when averaged. */
    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] encode(BufferedImage image, Options options) {
        if (options.format() == Format.PNG) {
            return CoverRenderer.png(image.getColorModel().hasAlpha() && !opaque(image) ? straightAlpha(image) : flatten(image, Color.WHITE));
        }
        Color behind = options.padding() != null ? options.padding() : Color.WHITE;
        return jpeg(flatten(image, behind));
    }

    private static boolean opaque(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    /** PNG stores colour without alpha premultiplied. */
    private static BufferedImage straightAlpha(BufferedImage image) {
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return argb;
    }

    /** JPEG has no transparency: what is see-through is laid on {@code behind}. */
    private static BufferedImage flatten(BufferedImage image, Color behind) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(behind);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new ScriptoriumException("The image could not be encoded as JPEG.", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
