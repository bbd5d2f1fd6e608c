package org.scriptorium.core.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Paints a card's background and its pattern. Patterns are faint and kept mostly to the right and bottom,
 * away from where the title sits, so they add texture without costing legibility.
 */
final class CoverBackground {
    private static final double GLOW = 0.12; // stronger turns the accent muddy over dark backgrounds

    private CoverBackground() {
    }

    /** Every colour the text may end up on, for the contrast check. */
    static List<Color> colours(CoverSpec spec) {
        Color background = spec.background();
        return switch (spec.pattern()) {
            case GRADIENT -> List.of(background, shade(background), Contrast.blend(background, spec.accent(), GLOW));
            case DOTS, STRIPES, WAVES -> List.of(background, Contrast.blend(background, spec.accent(), 0.12));
            case PLAIN -> List.of(background);
        };
    }

    static void paint(Graphics2D g, CoverSpec spec, int width, int height, double unit) {
        g.setColor(spec.background());
        g.fillRect(0, 0, width, height);
        switch (spec.pattern()) {
            case GRADIENT -> gradient(g, spec, width, height);
            case DOTS -> dots(g, spec, width, height, unit);
            case STRIPES -> stripes(g, spec, width, height, unit);
            case WAVES -> waves(g, spec, width, height, unit);
            case PLAIN -> {
                // the background colour alone
            }
        }
    }

    /** The background a little darker (or lighter, when it is already dark), for the far end of a gradient. */
    private static Color shade(Color background) {
        return Contrast.luminance(background) > 0.18
                ? Contrast.blend(background, Color.BLACK, 0.12)
                : Contrast.blend(background, Color.WHITE, 0.08);
    }

    private static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(alpha * 255));
    }

    private static void gradient(Graphics2D g, CoverSpec spec, int width, int height) {
        g.setPaint(new GradientPaint(0, 0, spec.background(), width, height, shade(spec.background())));
        g.fillRect(0, 0, width, height);
        float radius = Math.max(width, height) * 0.75f;
        g.setPaint(new RadialGradientPaint(width, 0, radius, new float[]{0f, 1f},
                new Color[]{withAlpha(spec.accent(), GLOW), withAlpha(spec.accent(), 0)}));
        g.fillRect(0, 0, width, height);
    }

    /** A dot grid that fades in towards the right edge. */
    private static void dots(Graphics2D g, CoverSpec spec, int width, int height, double unit) {
        double spacing = unit * 3.2;
        double radius = unit * 0.38;
        float fadeFrom = width * 0.55f;
        g.setPaint(new GradientPaint(fadeFrom, 0, withAlpha(spec.accent(), 0), width, 0, withAlpha(spec.accent(), 0.45)));
        for (double y = spacing / 2; y < height; y += spacing) {
            for (double x = fadeFrom + spacing / 2; x < width; x += spacing) {
                g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
            }
        }
    }

    /** Thin diagonal stripes over the whole card, faint enough to read as texture. */
    private static void stripes(Graphics2D g, CoverSpec spec, int width, int height, double unit) {
        double period = unit * 4;
        double stripe = unit * 1.1;
        g.setColor(withAlpha(spec.accent(), 0.07));
        for (double x = -height; x < width; x += period) {
            Path2D band = new Path2D.Double();
            band.moveTo(x, height);
            band.lineTo(x + height, 0);
            band.lineTo(x + height + stripe, 0);
            band.lineTo(x + stripe, height);
            band.closePath();
            g.fill(band);
        }
        // A solid accent edge on the right anchors the texture.
        g.setColor(spec.accent());
        g.fill(new Rectangle2D.Double(width - unit * 1.2, 0, unit * 1.2, height));
    }

    /** A few soft wave lines along the bottom, fading in from the left. */
    private static void waves(Graphics2D g, CoverSpec spec, int width, int height, double unit) {
        g.setStroke(new BasicStroke((float) (unit * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int line = 0; line < 4; line++) {
            double baseline = height * (0.80 + line * 0.055);
            double amplitude = unit * (1.6 - line * 0.25);
            double wavelength = width / (1.6 + line * 0.35);
            double phase = line * 1.3;
            g.setPaint(new GradientPaint((float) (width * 0.35), 0, withAlpha(spec.accent(), 0),
                    width, 0, withAlpha(spec.accent(), 0.55 - line * 0.1)));
            Path2D wave = new Path2D.Double();
            for (double x = width * 0.3; x <= width + unit; x += unit) {
                double y = baseline + Math.sin(x / wavelength * 2 * Math.PI + phase) * amplitude;
                if (x == width * 0.3) {
                    wave.moveTo(x, y);
                } else {
                    wave.lineTo(x, y);
                }
            }
            g.draw(wave);
        }
    }
}
