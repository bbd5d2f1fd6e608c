package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown draft as Notion blocks, within what Notion accepts in one request: headings, paragraphs, lists (to two
 * levels under the top one; deeper items join the deepest level), to-dos, quotes, code, dividers, tables and web
 * images. An image kept in the studio cannot be shown by Notion, so a line says so. Raw HTML stays as its text.
 * Thread-safe.
 */
public final class MarkdownBlocks {
    /** A block at this depth (0 at the top) may not have children of its own in a request. */
    static final int MAX_DEPTH = 2;
    static final int MAX_CHILDREN = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** The draft's blocks, top level first; the API cuts them into requests. */
    public List<ObjectNode> blocks(String markdown) {
        return blocksOf(parser.parse(markdown == null ? "" : markdown), 0);
    }

    private List<ObjectNode> blocksOf(Node parent, int depth) {
        List<ObjectNode> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            blocks.addAll(block(node, depth));
        }
        return blocks;
    }

    private List<ObjectNode> block(Node node, int depth) {
        return switch (node) {
            case Heading heading -> textBlocks(headingType(heading.getLevel()), inline(heading), List.of(), depth);
            case Paragraph paragraph -> blocksOf(parts(paragraph));
            case BulletList list -> listItems(list, "bulleted_list_item", depth);
            case OrderedList list -> listItems(list, "numbered_list_item", depth);
            case BlockQuote quote -> quote(quote, depth);
            case FencedCodeBlock code -> code(code.getLiteral(), CodeLanguages.of(code.getInfo()));
            case IndentedCodeBlock code -> code(code.getLiteral(), CodeLanguages.PLAIN_TEXT);
            case ThematicBreak ignored -> List.of(block("divider"));
            case HtmlBlock html -> textBlocks("paragraph", RichText.plain(html.getLiteral().strip()), List.of(), depth);
            case TableBlock table -> depth < MAX_DEPTH ? Tables.of(table) : Tables.asParagraphs(table);
            case YamlFrontMatterBlock ignored -> List.of();
            case LinkReferenceDefinition ignored -> List.of();
            default -> textBlocks("paragraph", RichText.plain(plainText.render(node).strip()), List.of(), depth);
        };
    }

    private static String headingType(int level) {
        return "heading_" + Math.min(Math.max(level, 1), 3);
    }

    private List<ObjectNode> listItems(Node list, String type, int depth) {
        List<ObjectNode> blocks = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                blocks.addAll(listItem(listItem, type, depth));
            }
        }
        return blocks;
    }

    private List<ObjectNode> listItem(ListItem item, String type, int depth) {
        Boolean checked = null;
        List<Node> content = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TaskListItemMarker marker) {
                checked = marker.isChecked();
            } else {
                content.add(child);
            }
        }
        String itemType = checked == null ? type : "to_do";
        List<ObjectNode> blocks = textWithChildren(itemType, content, depth);
        if (checked != null) {
            blocks.getFirst().withObjectProperty("to_do").put("checked", checked);
        }
        return blocks;
    }

    private List<ObjectNode> quote(BlockQuote quote, int depth) {
        List<Node> content = new ArrayList<>();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            content.add(child);
        }
        return textWithChildren("quote", content, depth);
    }

    /** A block whose text is its first paragraph (if it starts with one) and whose children are everything after. */
    private List<ObjectNode> textWithChildren(String type, List<Node> content, int depth) {
        int childDepth = Math.min(depth + 1, MAX_DEPTH);
        RichText text = new RichText();
        List<ObjectNode> children = new ArrayList<>();
        int rest = 0;
        if (!content.isEmpty() && content.getFirst() instanceof Paragraph first) {
            List<Object> parts = parts(first);
            if (!parts.isEmpty() && parts.getFirst() instanceof RichText leading) {
                text = leading;
                parts = parts.subList(1, parts.size());
            }
            children.addAll(blocksOf(parts));
            rest = 1;
        }
        for (Node node : content.subList(rest, content.size())) {
            children.addAll(block(node, childDepth));
        }
        return textBlocks(type, text, children, depth);
    }

    /**
     * A block of {@code type} with the text, more paragraphs after it when the text needs more than 100 items, and the
     * children under the last of them, as far as depth and count allow; what does not fit follows as siblings.
     */
    private static List<ObjectNode> textBlocks(String type, RichText text, List<ObjectNode> children, int depth) {
        List<ObjectNode> blocks = new ArrayList<>();
        for (List<ObjectNode> group : text.groups()) {
            ObjectNode block = block(blocks.isEmpty() ? type : "paragraph");
            block.withObjectProperty(block.path("type").asText()).putArray("rich_text").addAll(group);
            blocks.add(block);
        }
        if (children.isEmpty()) {
            return blocks;
        }
        int nested = depth < MAX_DEPTH ? Math.min(children.size(), MAX_CHILDREN) : 0;
        if (nested > 0) {
            ObjectNode last = blocks.getLast();
            last.withObjectProperty(last.path("type").asText()).putArray("children").addAll(children.subList(0, nested));
        }
        blocks.addAll(children.subList(nested, children.size()));
        return blocks;
    }

    /** A paragraph's content in order: runs of text, and the images between them (which Notion holds as blocks). */
    private List<Object> parts(Paragraph paragraph) {
        List<Object> parts = new ArrayList<>();
        RichText text = new RichText();
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Image image) {
                if (!text.isBlank()) {
                    parts.add(text);
                }
                text = new RichText();
                parts.add(image(image));
            } else {
                text.add(inline, RichText.Style.PLAIN);
            }
        }
        if (!text.isBlank() || parts.isEmpty()) {
            parts.add(text);
        }
        return parts;
    }

    private static List<ObjectNode> blocksOf(List<Object> parts) {
        List<ObjectNode> blocks = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof RichText text) {
                blocks.addAll(textBlocks("paragraph", text, List.of(), 0));
            } else {
                blocks.add((ObjectNode) part);
            }
        }
        return blocks;
    }

    private static ObjectNode image(Image image) {
        RichText alt = new RichText();
        alt.addChildren(image, RichText.Style.PLAIN);
        String url = RichText.webAddress(image.getDestination());
        if (url == null) {
            // Notion shows only images it can fetch from the web; the studio's own stay where they are.
            String name = alt.text().isBlank() ? "An image" : "The image “" + alt.text().strip() + "”";
            ObjectNode note = block("paragraph");
            RichText line = new RichText();
            line.add(name + " stays in the studio; Notion shows only images from the web.", RichText.Style.PLAIN.italics());
            note.withObjectProperty("paragraph").putArray("rich_text").addAll(line.groups().getFirst());
            return note;
        }
        ObjectNode block = block("image");
        ObjectNode body = block.withObjectProperty("image").put("type", "external");
        body.putObject("external").put("url", url);
        body.putArray("caption").addAll(alt.groups().getFirst());
        return block;
    }

    private static List<ObjectNode> code(String literal, String language) {
        String source = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<ObjectNode> blocks = new ArrayList<>();
        for (List<ObjectNode> group : RichText.plain(source).groups()) {
            ObjectNode block = block("code");
            ObjectNode code = block.withObjectProperty("code");
            code.putArray("rich_text").addAll(group);
            code.put("language", language);
            blocks.add(block);
        }
        return blocks;
    }

    private static RichText inline(Node parent) {
        RichText text = new RichText();
        text.addChildren(parent, RichText.Style.PLAIN);
        return text;
    }

    static ObjectNode block(String type) {
        ObjectNode block = NODES.objectNode().put("object", "block").put("type", type);
        block.putObject(type);
        return block;
    }

    /** GFM tables as Notion tables of at most 100 rows each (the header row repeated), or as lines where a table may not nest. */
    private static final class Tables {
        static List<ObjectNode> of(TableBlock table) {
            List<List<RichText>> rows = rows(table);
            boolean header = table.getFirstChild() instanceof TableHead;
            int width = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
            List<ObjectNode> tables = new ArrayList<>();
            int start = 0;
            do {
                ObjectNode block = block("table");
                ObjectNode body = block.withObjectProperty("table").put("table_width", width).put("has_column_header", header).put("has_row_header", false);
                ArrayNode children = body.putArray("children");
                if (header && start > 0) {
                    children.add(row(rows.getFirst(), width));
                }
                int end = Math.min(rows.size(), start + MAX_CHILDREN - children.size());
                for (List<RichText> row : rows.subList(start, end)) {
                    children.add(row(row, width));
                }
                tables.add(block);
                start = end;
            } while (start < rows.size());
            return tables;
        }

        static List<ObjectNode> asParagraphs(TableBlock table) {
            List<ObjectNode> lines = new ArrayList<>();
            for (List<RichText> row : rows(table)) {
                RichText line = new RichText();
                for (int i = 0; i < row.size(); i++) {
                    line.add((i == 0 ? "" : " | ") + row.get(i).text(), RichText.Style.PLAIN);
                }
                lines.addAll(textBlocks("paragraph", line, List.of(), MAX_DEPTH));
            }
            return lines;
        }

        private static List<List<RichText>> rows(TableBlock table) {
            List<List<RichText>> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        List<RichText> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells.add(inline(cell));
                        }
                        rows.add(cells);
                    }
                }
            }
            return rows;
        }

        /** A cell holds at most 100 items; a cell needing more (200,000 characters or so) is cut there. */
        private static ObjectNode row(List<RichText> cells, int width) {
            ObjectNode row = block("table_row");
            ArrayNode out = row.withObjectProperty("table_row").putArray("cells");
            for (int i = 0; i < width; i++) {
                out.addArray().addAll(i < cells.size() ? cells.get(i).groups().getFirst() : List.of());
            }
            return row;
        }
    }
}
