package org.scriptorium.core.images;

import org.scriptorium.core.Progress;

import java.time.Duration;

/**
 * Makes a cover card from the prompt itself, with no service at all: the first sentence becomes the title,
 * the rest the subtitle. Lets image generation work offline and in demos.
 */
public final class OfflineImages implements ImageProvider {
    public static final String MODEL = "cover-card";

    private static final int TITLE_LIMIT = 90;

    private final CoverRenderer renderer;
    private final String footer;

    public OfflineImages() {
        this(new CoverRenderer(), null);
    }

    /** @param footer shown at the bottom of every card (the site name), or null */
    public OfflineImages(CoverRenderer renderer, String footer) {
        this.renderer = renderer;
        this.footer = footer;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public GeneratedImage generate(ImageRequest request, Progress progress) {
        progress.checkCancelled();
        long start = System.nanoTime();
        String prompt = request.prompt() == null || request.prompt().isBlank() ? "Untitled" : request.prompt().strip();
        String[] parts = split(prompt);
        CoverSpec spec = CoverSpec.defaults(parts[0], parts[1]).withFooter(footer);
        byte[] png = renderer.renderPng(spec, request.size());
        progress.update(1, "Cover card drawn.");
        return new GeneratedImage(png, ImageBytes.PNG, name(), MODEL, request.prompt(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Title and subtitle: up to the first sentence end (or a colon) if that is short enough, else the whole prompt. */
    static String[] split(String prompt) {
        int end = -1;
        for (int i = 0; i < prompt.length() - 1; i++) {
            char c = prompt.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') && Character.isWhitespace(prompt.charAt(i + 1))) {
                end = i;
                break;
            }
        }
        if (end > 0 && end <= TITLE_LIMIT) {
            String title = prompt.substring(0, prompt.charAt(end) == '?' || prompt.charAt(end) == '!' ? end + 1 : end).strip();
            String rest = prompt.substring(end + 1).strip();
            return new String[]{title, rest.isEmpty() ? null : rest};
        }
        return new String[]{prompt, null};
    }
}
