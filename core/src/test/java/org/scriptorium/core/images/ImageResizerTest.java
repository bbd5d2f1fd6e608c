package org.scriptorium.core.images;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.InvalidInput;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageResizerTest {
    private final ImageResizer resizer = new ImageResizer();

    /** 400x200: a red band on the left, white in the middle, a blue band on the right. */
    private static byte[] bands() throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 200);
        g.setColor(Color.WHITE);
        g.fillRect(100, 0, 200, 200);
        g.setColor(Color.BLUE);
        g.fillRect(300, 0, 100, 200);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    @Test
    void cropFillsTheWholeSizeAndKeepsTheCentre() throws IOException {
        BufferedImage square = read(resizer.fit(bands(), new ImageSize(100, 100), ImageResizer.Fit.CROP));

        assertThat(square.getWidth()).isEqualTo(100);
        assertThat(square.getHeight()).isEqualTo(100);
        // the centre 200x200 of the source is all white: the red and blue bands were cut off
        assertThat(at(square, 1, 50)).isEqualTo(Color.WHITE);
        assertThat(at(square, 98, 50)).isEqualTo(Color.WHITE);
    }

    @Test
    void cropFollowsTheFocusPoint() throws IOException {
        byte[] cropped = resizer.fit(bands(), new ImageSize(100, 100), ImageResizer.Fit.CROP,
                ImageResizer.Options.DEFAULT.withFocus(0, 0.5));

        BufferedImage left = read(cropped);
        assertThat(at(left, 10, 50)).isEqualTo(Color.RED);
        assertThat(at(left, 90, 50)).isEqualTo(Color.WHITE);
    }

    @Test
    void padShowsTheWholeImageLetterboxedInTheGivenColour() throws IOException {
        byte[] padded = resizer.fit(bands(), new ImageSize(120, 120), ImageResizer.Fit.PAD,
                ImageResizer.Options.DEFAULT.withPadding(Color.BLACK));

        BufferedImage image = read(padded);
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(120);
        // 2:1 kept: 120x60 in the middle, 30 px of black above and below
        assertThat(at(image, 60, 10)).isEqualTo(Color.BLACK);
        assertThat(at(image, 60, 110)).isEqualTo(Color.BLACK);
        assertThat(at(image, 5, 60)).isEqualTo(Color.RED);
        assertThat(at(image, 60, 60)).isEqualTo(Color.WHITE);
        assertThat(at(image, 114, 60)).isEqualTo(Color.BLUE);
        assertThat(at(image, 60, 31)).isEqualTo(Color.WHITE);
        assertThat(at(image, 60, 28)).isEqualTo(Color.BLACK);
    }

    @Test
    void fineDetailAveragesToGreyInsteadOfAliasing() throws IOException {
        BufferedImage checks = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                checks.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }

        BufferedImage small = read(resizer.fit(png(checks), new ImageSize(100, 100), ImageResizer.Fit.CROP));

        for (int y = 0; y < 100; y += 7) {
            for (int x = 0; x < 100; x += 7) {
                assertThat(at(small, x, y).getGreen()).as("pixel %d,%d", x, y).isBetween(100, 160);
            }
        }
    }

    @Test
    void jpegIsWrittenWhenAskedAndHasTheRightSize() throws IOException {
        byte[] jpeg = resizer.fit(bands(), ImageSize.OPEN_GRAPH, ImageResizer.Fit.CROP,
                ImageResizer.Options.DEFAULT.withFormat(ImageResizer.Format.JPEG));

        assertThat(ImageBytes.mediaType(jpeg)).isEqualTo(ImageBytes.JPEG);
        assertThat(read(jpeg).getWidth()).isEqualTo(1200);
        assertThat(read(jpeg).getHeight()).isEqualTo(630);
    }

    @Test
    void transparencySurvivesAPngResize() throws IOException {
        BufferedImage logo = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(50, 50, 100, 100);
        g.dispose();

        BufferedImage small = read(resizer.fit(png(logo), new ImageSize(50, 50), ImageResizer.Fit.CROP));

        assertThat(small.getRGB(0, 0) >>> 24).isZero();
        assertThat(new Color(small.getRGB(25, 25), true)).isEqualTo(Color.ORANGE);
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedInWords() {
        byte[] text = "<html><body>not a picture at all</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> resizer.fit(text, ImageSize.SQUARE, ImageResizer.Fit.PAD))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not an image");
    }

    @Test
    void filesOverThirtyMegabytesAreRefused() {
        byte[] huge = new byte[31 * 1024 * 1024];

        assertThatThrownBy(() -> resizer.fit(huge, ImageSize.SQUARE, ImageResizer.Fit.PAD))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("30 MB");
    }

    @Test
    void imagesOverFortyMegapixelsAreRefusedBeforeDecoding() throws IOException {
        BufferedImage wide = new BufferedImage(8000, 5100, BufferedImage.TYPE_BYTE_BINARY); // tiny as a PNG, 40.8 MP

        byte[] bytes = png(wide);

        assertThat(bytes.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> resizer.fit(bytes, ImageSize.SQUARE, ImageResizer.Fit.CROP))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("megapixels");
    }
}
