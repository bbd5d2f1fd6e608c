package org.scriptorium.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Reduces untrusted HTML to what a rendered Markdown draft legitimately contains.
 *
 * <p>Kept: text structure, emphasis, code (with its {@code language-x} class), lists, task-list
 * checkboxes (always disabled), tables with alignment, images and links with safe URLs, and the
 * harmless inline HTML writers use ({@code kbd}, {@code sup}, {@code sub}, {@code details}, ...).
 * Dropped: every script-capable element, every event handler, every URL whose scheme is not
 * http, https, mailto or relative, and all CSS except {@code text-align}.
 *
 * <p>The input is read by an HTML5 parser, so the policy judges the tree a browser builds, and the result
 * is sanitized again until it no longer changes: the output is a fixpoint, and a browser reading it builds
 * exactly the tree its tags spell (a dropped {@code <select>} cannot leave a {@code <li>} inside a {@code <p>}).
 *
 * <p>Thread-safe; the policies are compiled once per instance, so share one.
 */
public final class HtmlSanitizer {

    static final String EXTERNAL_LINK_REL = "nofollow noopener noreferrer";

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private static final String[] ALLOWED_ELEMENTS = {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "kbd", "samp", "var",
        "sup", "sub", "abbr", "q", "dfn", "cite", "span", "div",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "details", "summary", "figure", "figcaption", "img"
    };

    private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern FRAGMENT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_:.-]{0,79}");
    // Raster formats only: an SVG data URL can carry script.
    private static final Pattern INLINE_RASTER_IMAGE =
            Pattern.compile("data:image/(?:png|jpeg|jpg|gif|webp)[;,]", Pattern.CASE_INSENSITIVE);

    // Every public payload and tag soup we measured settled by the second pass (the third confirms it).
    private static final int MAX_PASSES = 4;

    private final PolicyFactory keepingPublicImages;
    private final PolicyFactory blockingRemoteImages;
    private final int maxPasses;

    public HtmlSanitizer() {
        this(MAX_PASSES);
    }

    HtmlSanitizer(int maxPasses) {
        this.maxPasses = maxPasses;
        this.keepingPublicImages = policy()
                .withPostprocessor(out -> new RemoteImagePlaceholders(out, RemoteImages.LOAD)).toFactory();
        this.blockingRemoteImages = policy()
                .withPostprocessor(out -> new RemoteImagePlaceholders(out, RemoteImages.BLOCK)).toFactory();
    }

    /** Sanitizes an HTML fragment, keeping images as written unless they are on a local network address. */
    public String sanitize(String html) {
        return sanitize(html, RemoteImages.LOAD);
    }

    /** Sanitizes an HTML fragment; with {@link RemoteImages#BLOCK} images that need a fetch become placeholders. */
    public String sanitize(String html, RemoteImages remoteImages) {
        Objects.requireNonNull(html, "html");
        PolicyFactory factory = switch (Objects.requireNonNull(remoteImages, "remoteImages")) {
            case LOAD -> keepingPublicImages;
            case BLOCK -> blockingRemoteImages;
        };
        String clean = sanitizeOnce(html, factory);
        for (int pass = 2; pass <= maxPasses; pass++) {
            String again = sanitizeOnce(clean, factory);
            if (again.equals(clean)) {
                return clean;
            }
            clean = again;
        }
        return textOnly(clean);
    }

    private static String sanitizeOnce(String html, PolicyFactory factory) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        ParsedHtml.replay(html, factory.apply(HtmlStreamRenderer.create(out, Handler.DO_NOTHING)));
        return out.toString();
    }

    /** Markup that does not settle is not shown as markup: its text, escaped, is always stable. */
    private static String textOnly(String html) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, Handler.DO_NOTHING);
        renderer.openDocument();
        renderer.openTag("p", new ArrayList<>());
        renderer.text(ParsedHtml.text(html));
        renderer.closeTag("p");
        renderer.closeDocument();
        return out.toString();
    }

    /** True for an {@code img src} the viewer can show without fetching anything. */
    static boolean isInlineImage(String src) {
        return INLINE_RASTER_IMAGE.matcher(src).lookingAt();
    }

    private static HtmlPolicyBuilder policy() {
        return new HtmlPolicyBuilder()
                .allowElements(ALLOWED_ELEMENTS)
                .allowElements(HtmlSanitizer::externalLinkRel, "a")
                .allowElements(HtmlSanitizer::disabledCheckboxOnly, "input")
                // "data" is needed for inline images; the attribute policies below refuse it elsewhere.
                .allowUrlProtocols("http", "https", "mailto", "data")
                .allowAttributes("href").matching(notData()).onElements("a")
                .allowAttributes("src").matching(imageSource()).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(SMALL_NUMBER).onElements("img")
                .allowAttributes("title").globally()
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                // Kept so a second pass leaves a blocked image's placeholder as the first pass made it.
                .allowAttributes("class").matching(true, RemoteImagePlaceholders.CSS_CLASS).onElements("span")
                .allowAttributes("start").matching(SMALL_NUMBER).onElements("ol")
                .allowAttributes("align").matching(true, "left", "center", "right")
                    .onElements("th", "td", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("colspan", "rowspan").matching(SMALL_NUMBER).onElements("th", "td")
                .allowAttributes("id").matching(FRAGMENT_ID).onElements(HEADINGS)
                .allowAttributes("open").onElements("details")
                .allowAttributes("type").matching(true, "checkbox").onElements("input")
                .allowAttributes("checked", "disabled").onElements("input")
                .allowStyling(CssSchema.withProperties(List.of("text-align")));
    }

    private static AttributePolicy notData() {
        // The protocol guard has already stripped spaces and checked the scheme, so a prefix test suffices.
        return (element, attribute, value) -> value.regionMatches(true, 0, "data:", 0, 5) ? null : value;
    }

    private static AttributePolicy imageSource() {
        return (element, attribute, value) -> {
            if (value.regionMatches(true, 0, "data:", 0, 5)) {
                return isInlineImage(value) ? value : null;
            }
            return value.regionMatches(true, 0, "mailto:", 0, 7) ? null : value;
        };
    }

    private static String externalLinkRel(String element, List<String> attributes) {
        String href = valueOf(attributes, "href");
        if (href != null && isExternal(href)) {
            attributes.add("rel");
            attributes.add(EXTERNAL_LINK_REL);
        }
        return element;
    }

    private static boolean isExternal(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    /** A checkbox the reader cannot toggle; any other input is dropped. */
    private static String disabledCheckboxOnly(String element, List<String> attributes) {
        if (valueOf(attributes, "type") == null) {
            return null;
        }
        if (valueOf(attributes, "disabled") == null) {
            attributes.add("disabled");
            attributes.add("disabled");
        }
        return element;
    }

    /** Attribute lists alternate name, value. */
    static String valueOf(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
