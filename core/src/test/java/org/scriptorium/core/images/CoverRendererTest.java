package org.scriptorium.core.images;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.InvalidInput;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverRendererTest {
    private static final Path OUT = Path.of("target", "covers");
    private static final List<ImageSize> SIZES = List.of(ImageSize.LINKEDIN, ImageSize.OPEN_GRAPH, ImageSize.SQUARE, ImageSize.BLOG_HERO);
    private static final String SHORT = "Slow mornings";
    private static final String LONG = "What a year of writing every single morning taught me about attention, "
            + "habits, and the quiet cost of checking the news before breakfast";
    private static final String SUBTITLE = "Notes from a small experiment in keeping the first hour of the day for thinking";

    private final CoverRenderer renderer = new CoverRenderer();

    @BeforeAll
    static void folder() throws IOException {
        Files.createDirectories(OUT);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void everyPlatformSizeGetsAReadableCardOfExactlyThatSize() throws IOException {
        int palette = 0;
        for (ImageSize size : SIZES) {
            for (String title : List.of(SHORT, LONG)) {
                for (String subtitle : new String[]{null, SUBTITLE}) {
                    CoverPalette colours = CoverPalette.values()[palette++ % CoverPalette.values().length];
                    CoverSpec spec = CoverSpec.withPalette(title, subtitle, colours).withFooter("quietdesk.blog");
                    byte[] png = renderer.renderPng(spec, size);
                    String name = size + "-" + (title == SHORT ? "short" : "long") + (subtitle == null ? "" : "-subtitle")
                            + "-" + colours.name().toLowerCase(java.util.Locale.ROOT) + ".png";
                    Files.write(OUT.resolve(name), png);

                    BufferedImage image = decode(png);
                    assertThat(image.getWidth()).as(name).isEqualTo(size.width());
                    assertThat(image.getHeight()).as(name).isEqualTo(size.height());
                    assertThat(distinctColours(image)).as(name).isGreaterThan(50);
                    CoverRenderer.Layout layout = renderer.layout(spec, size);
                    assertThat(layout.titleLines()).as(name).hasSizeBetween(1, 4);
                    assertThat(layout.left()).as(name).isGreaterThanOrEqualTo((int) (size.width() * 0.065));
                    assertThat(strongestContrastInTitle(image, layout, spec.background())).as(name)
                            .isGreaterThanOrEqualTo(Contrast.READABLE);
                }
            }
        }
    }

    @Test
    void longTitleShrinksAndWrapsButShortTitleStaysLarge() {
        CoverSpec small = CoverSpec.defaults(SHORT, null);
        CoverSpec large = CoverSpec.defaults(LONG, SUBTITLE);

        CoverRenderer.Layout shortLayout = renderer.layout(small, ImageSize.LINKEDIN);
        CoverRenderer.Layout longLayout = renderer.layout(large, ImageSize.LINKEDIN);

        assertThat(shortLayout.titleLines()).containsExactly(SHORT);
        assertThat(longLayout.titleLines()).hasSizeBetween(2, 3);
        assertThat(String.join(" ", longLayout.titleLines())).isEqualTo(LONG); // wrapped, nothing lost
        assertThat(longLayout.titleSize()).isLessThan(shortLayout.titleSize());
        assertThat(longLayout.titleBottom()).isLessThan(ImageSize.LINKEDIN.height());
    }

    @Test
    void titleTooLongForAnySizeEndsWithAnEllipsis() {
        String endless = "word ".repeat(200).strip();

        CoverRenderer.Layout layout = renderer.layout(CoverSpec.defaults(endless, null), ImageSize.OPEN_GRAPH);

        assertThat(layout.titleLines()).hasSizeLessThanOrEqualTo(4);
        assertThat(layout.titleLines().getLast()).endsWith("…");
    }

    @Test
    void unreadableBrandTextColourIsSwitchedToOneThatReads() throws IOException {
        CoverSpec greyOnGrey = CoverSpec.defaults("Grey on grey is hard to read", "so the renderer steps in")
                .withColours("#808080", "#ffcc00", "#8c8c8c").withPattern(CoverSpec.Pattern.PLAIN);

        byte[] png = renderer.renderPng(greyOnGrey, ImageSize.OPEN_GRAPH);
        Files.write(OUT.resolve("contrast-fixed.png"), png);

        CoverRenderer.Layout layout = renderer.layout(greyOnGrey, ImageSize.OPEN_GRAPH);
        assertThat(Contrast.ratio(layout.textColour(), greyOnGrey.background())).isGreaterThanOrEqualTo(Contrast.READABLE);
        assertThat(strongestContrastInTitle(decode(png), layout, greyOnGrey.background())).isGreaterThanOrEqualTo(Contrast.READABLE);
    }

    @Test
    void sameSpecGivesTheSameBytesAndTheSameTitleTheSamePalette() {
        CoverSpec spec = CoverSpec.defaults("Deterministic covers", "twice the same").withFooter("example.org");

        assertThat(renderer.renderPng(spec, ImageSize.SQUARE)).isEqualTo(renderer.renderPng(spec, ImageSize.SQUARE));
        assertThat(CoverSpec.defaults("Deterministic covers", null).background()).isEqualTo(spec.background());
    }

    @Test
    void differentTitlesSpreadOverSeveralPalettes() {
        Set<Color> backgrounds = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            backgrounds.add(CoverSpec.defaults("Post number " + i, null).background());
        }
        assertThat(backgrounds).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyPatternRendersAndStaysReadable() throws IOException {
        for (CoverSpec.Pattern pattern : CoverSpec.Pattern.values()) {
            CoverSpec spec = CoverSpec.withPalette("Patterns under a title that wraps onto two lines", SUBTITLE, CoverPalette.PAPER)
                    .withPattern(pattern).withFooter("quietdesk.blog");
            byte[] png = renderer.renderPng(spec, ImageSize.BLOG_HERO);
            Files.write(OUT.resolve("pattern-" + pattern.name().toLowerCase(java.util.Locale.ROOT) + ".png"), png);
            CoverRenderer.Layout layout = renderer.layout(spec, ImageSize.BLOG_HERO);
            assertThat(strongestContrastInTitle(decode(png), layout, spec.background())).as(pattern.name())
                    .isGreaterThanOrEqualTo(Contrast.READABLE);
        }
    }

    @Test
    void blankTitleAndBadHexAreRefusedInWords() {
        assertThatThrownBy(() -> CoverSpec.defaults("  ", null)).isInstanceOf(InvalidInput.class).hasMessageContaining("title");
        assertThatThrownBy(() -> CoverSpec.defaults("t", null).withColours("#12", "#fff", "#000"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("hex");
    }

    /** The best contrast between the background and any pixel in the title block: solid glyph strokes reach it. */
    private static double strongestContrastInTitle(BufferedImage image, CoverRenderer.Layout layout, Color background) {
        double best = 1;
        for (int y = layout.titleTop(); y < layout.titleBottom(); y += 1) {
            for (int x = layout.left(); x < image.getWidth() / 2; x += 1) {
                best = Math.max(best, Contrast.ratio(new Color(image.getRGB(x, y)), background));
            }
        }
        return best;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
