package org.scriptorium.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A complete, self-contained HTML document showing a draft, meant for the preview WebView.
 *
 * <p>The page carries its own stylesheet and a Content-Security-Policy that forbids every script and
 * every remote load; only when the caller allows remote images may {@code http(s)} images load.
 * Blocked images are also rewritten to alt-text placeholders, so nothing is fetched even by a
 * viewer that ignores the policy.
 *
 * <p>Thread-safe.
 */
public final class PreviewPage {

    static final String CSP_OFFLINE =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    static final String CSP_REMOTE_IMAGES =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; base-uri 'none'; form-action 'none'";

    private static final String STYLESHEET = readStylesheet();

    private final MarkdownRenderer renderer;

    public PreviewPage() {
        this(new MarkdownRenderer());
    }

    public PreviewPage(MarkdownRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** The draft rendered, sanitized and wrapped into a full HTML document. */
    public String page(String markdown, PreviewOptions options) {
        Objects.requireNonNull(options, "options");
        String body = renderer.fragment(markdown, options.remoteImages());
        String scheme = options.theme().name().toLowerCase(Locale.ROOT);
        String csp = options.remoteImages() == RemoteImages.LOAD ? CSP_REMOTE_IMAGES : CSP_OFFLINE;

        StringBuilder page = new StringBuilder(body.length() + STYLESHEET.length() + 1024);
        page.append("<!DOCTYPE html>\n<html class=\"").append(scheme).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                // Must come before anything that could load: a meta CSP only governs what follows it.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"color-scheme\" content=\"").append(scheme).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Preview</title>\n")
                .append("<style>\n").append(STYLESHEET).append("</style>\n")
                .append("</head>\n<body>\n<article class=\"draft\">\n")
                .append(body)
                .append("</article>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String readStylesheet() {
        try (InputStream in = PreviewPage.class.getResourceAsStream("preview.css")) {
            if (in == null) {
                throw new IllegalStateException("preview.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read preview.css", e);
        }
    }
}
