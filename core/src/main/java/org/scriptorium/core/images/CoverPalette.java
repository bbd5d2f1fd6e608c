package org.scriptorium.core.images;

import java.awt.Color;

/** Colour schemes that read well on a feed: each pairs a calm background with one accent and readable text. */
public enum CoverPalette {
    INK(0x1B2A41, 0xF2A541, 0xF5F3EE, CoverSpec.Pattern.GRADIENT),
    FOREST(0x1F3B2D, 0x9BD17A, 0xF3F1E7, CoverSpec.Pattern.WAVES),
    PAPER(0xF4EFE6, 0xC8553D, 0x1F1B16, CoverSpec.Pattern.DOTS),
    OCEAN(0x0F4C5C, 0x5FD3C6, 0xF4FBFA, CoverSpec.Pattern.STRIPES),
    PLUM(0x3D1F4A, 0xF28CB1, 0xFBF2F6, CoverSpec.Pattern.GRADIENT),
    SAND(0xE9D8B4, 0x2E5E4E, 0x1E2A24, CoverSpec.Pattern.WAVES),
    SLATE(0x22262E, 0x6EA8FE, 0xEEF1F5, CoverSpec.Pattern.DOTS);

    private final Color background;
    private final Color accent;
    private final Color text;
    private final CoverSpec.Pattern pattern;

    CoverPalette(int background, int accent, int text, CoverSpec.Pattern pattern) {
        this.background = new Color(background);
        this.accent = new Color(accent);
        this.text = new Color(text);
        this.pattern = pattern;
    }

    public Color background() {
        return background;
    }

    public Color accent() {
        return accent;
    }

    public Color text() {
        return text;
    }

    public CoverSpec.Pattern pattern() {
        return pattern;
    }

    /** The same seed always gives the same palette, so a post keeps its look when the card is made again. */
    public static CoverPalette forSeed(long seed) {
        long mixed = seed * 0x9E3779B97F4A7C15L; // spreads nearby seeds (similar titles) over different palettes
        return values()[(int) Long.remainderUnsigned(mixed >>> 16, values().length)];
    }
}
