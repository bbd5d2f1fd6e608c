package org.scriptorium.core.markdown;

import java.util.ArrayList;
import java.util.List;

import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Sits after the sanitizer policy and turns an image that must not be fetched into a
 * {@code <span class="blocked-image">} holding its alt text, so it is not loaded even if the viewer ignored
 * the page's Content-Security-Policy. With {@link RemoteImages#BLOCK} that is every image that needs a fetch;
 * with {@link RemoteImages#LOAD}, every image on this computer or the local network.
 */
final class RemoteImagePlaceholders implements HtmlStreamEventReceiver {

    static final String CSS_CLASS = "blocked-image";
    private static final String NO_ALT_TEXT = "image";

    private final HtmlStreamEventReceiver underlying;
    private final RemoteImages remoteImages;

    RemoteImagePlaceholders(HtmlStreamEventReceiver underlying, RemoteImages remoteImages) {
        this.underlying = underlying;
        this.remoteImages = remoteImages;
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
        String why = reasonNotToLoad(src);
        if (why == null) {
            underlying.openTag(elementName, attributes);
            return;
        }
        String alt = HtmlSanitizer.valueOf(attributes, "alt");
        List<String> placeholder = new ArrayList<>(List.of("class", CSS_CLASS));
        if (src != null) {
            placeholder.add("title");
            placeholder.add(why + src);
        }
        underlying.openTag("span", placeholder);
        underlying.text(alt == null || alt.isBlank() ? NO_ALT_TEXT : alt);
        underlying.closeTag("span");
    }

    /** The start of the placeholder's title, or null when the image may stay. */
    private String reasonNotToLoad(String src) {
        if (src != null && HtmlSanitizer.isInlineImage(src)) {
            return null;
        }
        return switch (remoteImages) {
            case BLOCK -> "Image not loaded: ";
            case LOAD -> src != null && LocalNetworkUrls.reachesLocalNetwork(src) ? "Image on a local network address, not loaded: " : null;
        };
    }
}
