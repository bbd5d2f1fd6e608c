package org.scriptorium.core.markdown;

import java.util.List;
import java.util.Objects;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a Markdown draft body into a sanitized HTML fragment.
 *
 * <p>CommonMark plus the GitHub extensions writers expect (tables, strikethrough, bare-URL
 * autolinks, task lists). A leading {@code ---} YAML front matter block is parsed and left out of
 * the output. Raw HTML in the draft is allowed, but only what {@link HtmlSanitizer} keeps survives.
 *
 * <p>Thread-safe: the parser and renderer are built once and shared.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            YamlFrontMatterExtension.create(),
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final LocalImages localImages;

    public MarkdownRenderer() {
        this(new HtmlSanitizer());
    }

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        this(sanitizer, LocalImages.NONE);
    }

    /** {@code localImages}: the studio's image library, whose images a draft refers to as {@code images/<hash>.png}. */
    public MarkdownRenderer(HtmlSanitizer sanitizer, LocalImages localImages) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        this.localImages = Objects.requireNonNull(localImages, "localImages");
        this.parser = Parser.builder().extensions(EXTENSIONS).build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    }

    /** The draft as a sanitized HTML fragment, images kept as written. */
    public String fragment(String markdown) {
        return fragment(markdown, RemoteImages.LOAD);
    }

    /** The draft as a sanitized HTML fragment; {@link RemoteImages#BLOCK} replaces images that need a fetch. */
    public String fragment(String markdown, RemoteImages remoteImages) {
        Objects.requireNonNull(markdown, "markdown");
        org.commonmark.node.Node document = parser.parse(markdown);
        if (localImages != LocalImages.NONE) {
            document.accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Image image) {
                    String inline = localImages.dataAddress(image.getDestination());
                    if (inline != null) {
                        image.setDestination(inline);
                    }
                    visitChildren(image);
                }
            });
        }
        String unsafeHtml = renderer.render(document);
        return sanitizer.sanitize(unsafeHtml, remoteImages);
    }
}
