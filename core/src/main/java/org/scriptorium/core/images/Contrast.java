package org.scriptorium.core.images;

import java.awt.Color;
import java.util.List;

/** WCAG 2 contrast between colours: 4.5 is the least that body text needs to be read comfortably. */
public final class Contrast {
    public static final double READABLE = 4.5;

    private static final Color NEAR_WHITE = new Color(0xF7F7F4);
    private static final Color NEAR_BLACK = new Color(0x15171B);

    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance, 0 for black to 1 for white. */
    public static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen()) + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The lowest contrast of {@code text} against any of the colours it may sit on. */
    public static double worst(Color text, List<Color> backgrounds) {
        return backgrounds.stream().mapToDouble(background -> ratio(text, background)).min().orElse(21);
    }

    /** {@code wanted} when it is readable on every background, else near-white or near-black, whichever reads better. */
    public static Color readable(Color wanted, List<Color> backgrounds) {
        if (worst(wanted, backgrounds) >= READABLE) {
            return wanted;
        }
        return worst(NEAR_WHITE, backgrounds) >= worst(NEAR_BLACK, backgrounds) ? NEAR_WHITE : NEAR_BLACK;
    }

    /** {@code a} moved towards {@code b} by {@code amount} (0 keeps a, 1 gives b). */
    public static Color blend(Color a, Color b, double amount) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
    }
}
