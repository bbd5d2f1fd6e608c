package org.scriptorium.core.markdown;

import java.util.ArrayList;
import java.util.List;

import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Sits after the sanitizer policy and turns every image that would need a fetch into a
 * {@code <span class="blocked-image">} holding its alt text, so nothing is loaded even if the
 * viewer ignored the page's Content-Security-Policy.
 */
final class RemoteImagePlaceholders implements HtmlStreamEventReceiver {

    static final String CSS_CLASS = "blocked-image";
    private static final String NO_ALT_TEXT = "image";

    private final HtmlStreamEventReceiver underlying;

    RemoteImagePlaceholders(HtmlStreamEventReceiver underlying) {
        this.underlying = underlying;
    }

    @Override
    public void openDocument() {
        underlying.openDocument();
    }

    @Override
    public void closeDocument() {
        underlying.closeDocument();
    }

    @Override
    public void closeTag(String elementName) {
        underlying.closeTag(elementName);
    }

    @Override
    public void text(String text) {
        underlying.text(text);
    }

    @Override
    public void openTag(String elementName, List<String> attributes) {
        if (!"img".equals(elementName)) {
            underlying.openTag(elementName, attributes);
            return;
        }
        String src = HtmlSanitizer.valueOf(attributes, "src");
        if (src != null && HtmlSanitizer.isInlineImage(src)) {
            underlying.openTag(elementName, attributes);
            return;
        }
        String alt = HtmlSanitizer.valueOf(attributes, "alt");
        List<String> placeholder = new ArrayList<>(List.of("class", CSS_CLASS));
        if (src != null) {
            placeholder.add("title");
            placeholder.add("Image not loaded: " + src);
        }
        underlying.openTag("span", placeholder);
        underlying.text(alt == null || alt.isBlank() ? NO_ALT_TEXT : alt);
        underlying.closeTag("span");
    }
}
