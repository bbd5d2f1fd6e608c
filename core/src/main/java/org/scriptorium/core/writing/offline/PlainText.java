package org.scriptorium.core.writing.offline;

import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown post as plain paragraphs: what search metadata and social posts are made from. Headings,
 * quotes, code and the reference list are left out, links keep their text, {@code [n]} citations are dropped.
 * Plain text goes through unchanged, so pasted or fetched text works the same way. Thread-safe.
 */
public final class PlainText {
    private static final Parser PARSER = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();
    private static final Set<String> END_MATTER = Set.of("references", "sources", "bibliography", "further reading");
    private static final Pattern CITATION = Pattern.compile("\\s?\\[\\d{1,4}(?:\\s*,\\s*\\d{1,4})*]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private PlainText() {
    }

    /** The paragraphs (and list items) of the post's body, in order, each on one line. */
    public static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return paragraphs;
        }
        Node document = PARSER.parse(markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && END_MATTER.contains(text(heading).strip().toLowerCase(Locale.ROOT))) {
                break;
            }
            if (block instanceof Heading || block instanceof BlockQuote || block instanceof FencedCodeBlock
                    || block instanceof IndentedCodeBlock || block instanceof HtmlBlock) {
                continue;
            }
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph paragraph) {
                    String text = SPACES.matcher(CITATION.matcher(text(paragraph)).replaceAll("")).replaceAll(" ").strip();
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                }
            });
        }
        return paragraphs;
    }

    /** The body as one text, paragraphs separated by blank lines. */
    public static String of(String markdown) {
        return String.join("\n\n", paragraphs(markdown));
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
