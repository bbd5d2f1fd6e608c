package org.scriptorium.core.images;

import org.scriptorium.core.ScriptoriumException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a cover card offline: title, subtitle and footer on a branded background, sized for each platform.
 * The title is set as large as it can be while wrapping to a few lines; text that would be hard to read on the
 * background is switched to near-white or near-black. The same spec and size always give the same bytes.
 */
public final class CoverRenderer {
    private static final String FONT = Font.SANS_SERIF;
    private static final double MARGIN = 0.07;
    private static final double TITLE_LEADING = 1.12;
    private static final double SUBTITLE_LEADING = 1.3;
    private static final int SUBTITLE_LINES = 3;

    /** Where the title ended up, in pixels; the card's text and its colour, after the contrast check. */
    public record Layout(List<String> titleLines, int titleSize, int left, int titleTop, int titleBottom,
                         List<String> subtitleLines, Color textColour) {
    }

    public byte[] renderPng(CoverSpec spec, ImageSize size) {
        return png(render(spec, size));
    }

    public BufferedImage render(CoverSpec spec, ImageSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            quality(g);
            draw(g, spec, size.width(), size.height());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The layout {@link #render} uses, for callers that place things around the text (and for tests). */
    public Layout layout(CoverSpec spec, ImageSize size) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            quality(g);
            return plan(g, spec, size.width(), size.height()).layout;
        } finally {
            g.dispose();
        }
    }

    static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON); // greyscale, never LCD
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    /** Everything measured before anything is drawn. */
    private record Plan(Layout layout, Font title, Font subtitle, Font footer, double unit, int barWidth, int barHeight,
                        int barTop, int subtitleTop, Color muted, Color bar, int footerBaseline) {
    }

    private static Plan plan(Graphics2D g, CoverSpec spec, int width, int height) {
        double unit = Math.min(width, height * 1.78) / 100.0; // one hundredth of the usable width on wide and square cards
        int left = (int) Math.round(width * MARGIN);
        int vertical = (int) Math.round(Math.min(width * MARGIN, height * 0.1));
        int textWidth = width - 2 * left;

        List<Color> backgrounds = CoverBackground.colours(spec);
        Color text = Contrast.readable(spec.text(), backgrounds);
        Color muted = muted(text, spec.background(), backgrounds);
        Color bar = Contrast.ratio(spec.accent(), spec.background()) >= 1.8 ? spec.accent() : text;

        Font footer = new Font(FONT, Font.BOLD, (int) Math.max(12, Math.round(unit * 1.9)));
        int footerBaseline = height - vertical;
        int footerReserve = spec.footer() == null ? 0 : g.getFontMetrics(footer).getHeight() + (int) Math.round(unit * 2.5);

        Font subtitle = new Font(FONT, Font.PLAIN, (int) Math.max(12, Math.round(unit * 2.7)));
        FontMetrics subtitleMetrics = g.getFontMetrics(subtitle);
        List<String> subtitleLines = spec.subtitle() == null ? List.of()
                : limit(wrap(spec.subtitle(), subtitleMetrics, (int) (textWidth * 0.92)), SUBTITLE_LINES, subtitleMetrics,
                (int) (textWidth * 0.92));
        int subtitleLeading = (int) Math.round(subtitle.getSize() * SUBTITLE_LEADING);
        int subtitleGap = subtitleLines.isEmpty() ? 0 : (int) Math.round(unit * 2.6);
        int subtitleHeight = subtitleLines.size() * subtitleLeading;

        int barWidth = (int) Math.round(unit * 8);
        int barHeight = (int) Math.max(4, Math.round(unit * 0.7));
        int barGap = (int) Math.round(unit * 3);

        int regionTop = vertical;
        int regionBottom = height - vertical - footerReserve;
        int titleRoom = regionBottom - regionTop - barHeight - barGap - subtitleGap - subtitleHeight;
        int maxLines = height >= width * 0.8 ? 4 : 3;
        Title title = fitTitle(g, spec.title(), textWidth, titleRoom, maxLines, unit);

        int block = barHeight + barGap + title.height + subtitleGap + subtitleHeight;
        int barTop = regionTop + Math.max(0, (regionBottom - regionTop - block) / 2);
        int titleTop = barTop + barHeight + barGap;
        int subtitleTop = titleTop + title.height + subtitleGap;
        Layout layout = new Layout(title.lines, title.font.getSize(), left, titleTop, titleTop + title.height,
                subtitleLines, text);
        return new Plan(layout, title.font, subtitle, footer, unit, barWidth, barHeight, barTop, subtitleTop, muted, bar,
                footerBaseline);
    }

    /** Subtitle and footer colour: the text colour eased towards the background, as far as contrast allows. */
    private static Color muted(Color text, Color background, List<Color> backgrounds) {
        for (double amount : new double[]{0.28, 0.2, 0.12, 0.05}) {
            Color candidate = Contrast.blend(text, background, amount);
            if (Contrast.worst(candidate, backgrounds) >= Contrast.READABLE) {
                return candidate;
            }
        }
        return text;
    }

    private record Title(Font font, List<String> lines, int height) {
    }

    /**
     * The largest bold size at which the title wraps to at most {@code maxLines} and fits the room; shrinks until it
     * does. A title too long for that many lines at the smallest size may take a fourth line before it is cut.
     */
    private static Title fitTitle(Graphics2D g, String text, int width, int room, int maxLines, double unit) {
        int largest = (int) Math.round(unit * 7.4);
        int smallest = (int) Math.max(14, Math.round(unit * 3.2));
        for (int lineLimit = maxLines; lineLimit <= Math.max(maxLines, 4); lineLimit++) {
            for (int size = largest; size >= smallest; size = Math.min(size - 1, (int) (size * 0.95))) {
                Font font = new Font(FONT, Font.BOLD, size);
                List<String> lines = wrap(text, g.getFontMetrics(font), width);
                int height = lineHeight(size, lines.size());
                if (lines.size() <= lineLimit && height <= room) {
                    return new Title(font, lines, height);
                }
            }
        }
        // Even the smallest size is too long: keep the lines that fit and end with an ellipsis.
        Font font = new Font(FONT, Font.BOLD, smallest);
        FontMetrics metrics = g.getFontMetrics(font);
        int fitting = Math.max(1, Math.min(Math.max(maxLines, 4), room / (int) Math.round(smallest * TITLE_LEADING)));
        List<String> lines = limit(wrap(text, metrics, width), fitting, metrics, width);
        return new Title(font, lines, lineHeight(smallest, lines.size()));
    }

    private static int lineHeight(int size, int lines) {
        return (int) Math.round(size * TITLE_LEADING * (lines - 1) + size * 1.05);
    }

    /** Greedy word wrap; a word wider than the line is broken where it must be. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && metrics.stringWidth(rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At most {@code max} lines; when text was dropped, the last kept line ends with an ellipsis that fits. */
    private static List<String> limit(List<String> lines, int max, FontMetrics metrics, int width) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.getLast();
        while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(max - 1, last.stripTrailing() + "…");
        return kept;
    }

    private static void draw(Graphics2D g, CoverSpec spec, int width, int height) {
        Plan plan = plan(g, spec, width, height);
        Layout layout = plan.layout;
        CoverBackground.paint(g, spec, width, height, plan.unit);

        g.setColor(plan.bar);
        g.fillRect(layout.left(), plan.barTop, plan.barWidth, plan.barHeight);

        g.setColor(layout.textColour());
        g.setFont(plan.title);
        FontMetrics titleMetrics = g.getFontMetrics();
        int leading = (int) Math.round(plan.title.getSize() * TITLE_LEADING);
        int baseline = layout.titleTop() + titleMetrics.getAscent() - (int) Math.round(plan.title.getSize() * 0.05);
        for (String line : layout.titleLines()) {
            g.drawString(line, layout.left(), baseline);
            baseline += leading;
        }

        g.setColor(plan.muted);
        g.setFont(plan.subtitle);
        FontMetrics subtitleMetrics = g.getFontMetrics();
        baseline = plan.subtitleTop + subtitleMetrics.getAscent();
        for (String line : layout.subtitleLines()) {
            g.drawString(line, layout.left(), baseline);
            baseline += (int) Math.round(plan.subtitle.getSize() * SUBTITLE_LEADING);
        }

        if (spec.footer() != null) {
            g.setFont(plan.footer);
            g.drawString(spec.footer(), layout.left(), plan.footerBaseline);
        }
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new ScriptoriumException("This Java runtime cannot write PNG images.");
            }
        } catch (IOException e) {
            throw new ScriptoriumException("The image could not be encoded as PNG.", e);
        }
        return out.toByteArray();
    }
}
