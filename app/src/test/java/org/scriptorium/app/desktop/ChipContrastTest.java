package org.scriptorium.app.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text on chips and notices is readable in both themes: WCAG AA, a contrast of at least 4.5:1, computed from the
 * colours the stylesheets give (the theme's looked-up colours and our own), not from a screenshot.
 */
class ChipContrastTest {
    private static final double AA = org.scriptorium.core.images.Contrast.READABLE;
    private static final Pattern CHIP_FILL = Pattern.compile("\\.post-chip(-[a-z]+)? \\{[^}]*-fx-background-color: (#[0-9a-fA-F]{6})");
    private static final Pattern LOOKED_UP = Pattern.compile("(-color-[a-z-]+):\\s*([^;]+);");

    /** Pairs of (text, background) our stylesheet sets on chips and notices, by the theme's names. */
    private static final List<String[]> THEMED_PAIRS = List.of(
            new String[] {"-color-fg-default", "-color-bg-overlay"},   // an information notice
            new String[] {"-color-danger-fg", "-color-danger-subtle"}, // an error notice
            new String[] {"white", "-color-danger-emphasis"},         // a failed or missed post's chip
            new String[] {"-color-fg-default", "-color-bg-default"},  // a published post's outlined chip
            new String[] {"-color-accent-fg", "-color-accent-subtle"}, // the selected area in the sidebar, a score chip
            new String[] {"-color-success-fg", "-color-success-subtle"}, // an entity chip
            new String[] {"-color-fg-default", "-color-neutral-muted"}); // a keyword or tag chip

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyChipAndNoticeIsReadable(String theme) throws IOException {
        Map<String, Color> colours = lookedUp(theme.equals("dark") ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        List<String> tooFaint = new ArrayList<>();
        for (String[] pair : THEMED_PAIRS) {
            Color text = pair[0].equals("white") ? Color.WHITE : colours.get(pair[0]);
            Color background = colours.get(pair[1]);
            assertThat(text).as(pair[0]).isNotNull();
            assertThat(background).as(pair[1]).isNotNull();
            double ratio = contrast(text, background.getOpacity() < 1 ? over(background, colours.get("-color-bg-default")) : background);
            if (ratio < AA) {
                tooFaint.add("%s on %s: %.2f".formatted(pair[0], pair[1], ratio));
            }
        }
        // Planned posts: white on each network's colour, whatever the theme.
        Matcher chip = CHIP_FILL.matcher(read("/org/scriptorium/resources/css/app.css"));
        int chips = 0;
        while (chip.find()) {
            chips++;
            double ratio = contrast(Color.WHITE, Color.web(chip.group(2)));
            if (ratio < AA) {
                tooFaint.add("white on .post-chip%s %s: %.2f".formatted(chip.group(1), chip.group(2), ratio));
            }
        }
        assertThat(chips).as("network chips found in the stylesheet").isGreaterThanOrEqualTo(5);
        assertThat(tooFaint).as("text below WCAG AA in the %s theme", theme).isEmpty();
    }

    private static Map<String, Color> lookedUp(String stylesheet) throws IOException {
        Map<String, Color> colours = new HashMap<>();
        Matcher m = LOOKED_UP.matcher(read(stylesheet.startsWith("/") ? stylesheet : "/" + stylesheet));
        while (m.find()) {
            try {
                colours.putIfAbsent(m.group(1), Color.web(m.group(2).strip()));
            } catch (IllegalArgumentException refersToAnother) {
                // a colour named by another looked-up colour: the pairs below use the base ones
            }
        }
        return colours;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ChipContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A translucent colour as it shows over the page. */
    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio, as the image cards compute it. */
    static double contrast(Color a, Color b) {
        return org.scriptorium.core.images.Contrast.ratio(awt(a), awt(b));
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }
}
