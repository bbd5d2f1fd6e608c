package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown drafts as Notion blocks: what a reader sees in Notion, and nothing Notion would refuse. */
class MarkdownBlocksTest {
    private final MarkdownBlocks markdown = new MarkdownBlocks();

    @Test
    void aRealisticDraftBecomesTheBlocksAReaderExpects() {
        String longParagraph = "Crumb ".repeat(834).strip(); // 5,003 characters
        String draft = """
                ---
                title: Sourdough
                ---
                # Keeping a starter alive

                A starter needs **flour**, *water*, ~~luck~~ and `patience`; see [the guide](https://example.com/guide)
                or [this trick](javascript:alert(document.cookie)).

                ## Feeding

                - Flour
                  - Rye
                    - Dark rye
                      - Very dark rye
                - Water

                1. Mix
                2. Wait

                - [x] Buy flour
                - [ ] Bake

                > A starter is a pet.

                ```py
                print("feed me")
                ```

                ```brainfudge
                +++.
                ```

                ---

                | Day | Feed |
                |-----|------|
                | 1 | 50 g |
                | 2 | **100 g** |

                ![Jar on the shelf](images/4f2a.png)

                ![Loaf](https://example.com/loaf.jpg)

                <div onclick="steal()">Raw HTML</div>

                """ + longParagraph + "\n";

        List<ObjectNode> blocks = markdown.blocks(draft);

        assertThat(blocks).extracting(block -> block.path("type").asText()).containsExactly("heading_1", "paragraph", "heading_2",
                "bulleted_list_item", "bulleted_list_item", "numbered_list_item", "numbered_list_item", "to_do", "to_do", "quote", "code", "code",
                "divider", "table", "paragraph", "image", "paragraph", "paragraph");
        assertThat(text(blocks.get(0))).isEqualTo("Keeping a starter alive");

        JsonNode intro = blocks.get(1).path("paragraph").path("rich_text");
        assertThat(item(intro, "flour").path("annotations").path("bold").asBoolean()).isTrue();
        assertThat(item(intro, "water").path("annotations").path("italic").asBoolean()).isTrue();
        assertThat(item(intro, "luck").path("annotations").path("strikethrough").asBoolean()).isTrue();
        assertThat(item(intro, "patience").path("annotations").path("code").asBoolean()).isTrue();
        assertThat(item(intro, "the guide").path("text").path("link").path("url").asText()).isEqualTo("https://example.com/guide");
        assertThat(text(blocks.get(1))).contains("or this trick.");
        assertThat(blocks.get(1).toString()).doesNotContain("javascript");

        // Two levels of nesting under the top one; the fourth level joins the third.
        JsonNode rye = blocks.get(3).path("bulleted_list_item").path("children").get(0);
        assertThat(text(rye)).isEqualTo("Rye");
        JsonNode third = rye.path("bulleted_list_item").path("children");
        assertThat(third).extracting(MarkdownBlocksTest::text).containsExactly("Dark rye", "Very dark rye");
        assertThat(third).allSatisfy(block -> assertThat(block.path("bulleted_list_item").has("children")).isFalse());

        assertThat(blocks.get(7).path("to_do").path("checked").asBoolean()).isTrue();
        assertThat(text(blocks.get(7))).isEqualTo("Buy flour");
        assertThat(blocks.get(8).path("to_do").path("checked").asBoolean()).isFalse();
        assertThat(text(blocks.get(9))).isEqualTo("A starter is a pet.");
        assertThat(blocks.get(10).path("code").path("language").asText()).isEqualTo("python");
        assertThat(text(blocks.get(10))).isEqualTo("print(\"feed me\")");
        assertThat(blocks.get(11).path("code").path("language").asText()).isEqualTo("plain text");

        JsonNode table = blocks.get(13).path("table");
        assertThat(table.path("table_width").asInt()).isEqualTo(2);
        assertThat(table.path("has_column_header").asBoolean()).isTrue();
        assertThat(table.path("children")).hasSize(3);
        JsonNode lastRow = table.path("children").get(2).path("table_row").path("cells");
        assertThat(lastRow.get(1).get(0).path("text").path("content").asText()).isEqualTo("100 g");
        assertThat(lastRow.get(1).get(0).path("annotations").path("bold").asBoolean()).isTrue();

        assertThat(text(blocks.get(14))).contains("Jar on the shelf").contains("stays in the studio");
        assertThat(blocks.get(15).path("image").path("external").path("url").asText()).isEqualTo("https://example.com/loaf.jpg");
        assertThat(text(blocks.get(16))).isEqualTo("<div onclick=\"steal()\">Raw HTML</div>");

        JsonNode longText = blocks.get(17).path("paragraph").path("rich_text");
        assertThat(longText).extracting(item -> item.path("text").path("content").asText().length()).containsExactly(2000, 2000, 1003);
        assertThat(text(blocks.get(17))).isEqualTo(longParagraph);
        assertAcceptableToNotion(blocks);
    }

    @Test
    void textOfMoreThanAHundredRunsContinuesInTheNextParagraph() {
        String manyRuns = IntStream.range(0, 150).mapToObj(i -> "**bold" + i + "** plain" + i).collect(Collectors.joining(" "));

        List<ObjectNode> blocks = markdown.blocks(manyRuns);

        assertThat(blocks).hasSize(3).allSatisfy(block -> assertThat(block.path("type").asText()).isEqualTo("paragraph"));
        assertThat(blocks.get(0).path("paragraph").path("rich_text")).hasSize(100);
        assertThat(blocks.stream().map(MarkdownBlocksTest::text).collect(Collectors.joining())).contains("bold0").endsWith("plain149");
        assertAcceptableToNotion(blocks);
    }

    @Test
    void onlyWebLinksStayLinks() {
        List<ObjectNode> blocks = markdown.blocks("[a](JavaScript:alert(1)) [b](data:text/html,x) [c](../local.md) [d](http://example.com/x?q=1) <https://example.org>");

        JsonNode items = blocks.getFirst().path("paragraph").path("rich_text");
        List<String> links = new ArrayList<>();
        items.forEach(item -> {
            if (item.path("text").has("link")) {
                links.add(item.path("text").path("link").path("url").asText());
            }
        });
        assertThat(links).containsExactly("http://example.com/x?q=1", "https://example.org/");
        assertThat(text(blocks.getFirst())).isEqualTo("a b c d https://example.org");
    }

    @Test
    void oddAndHostileDraftsStillMakeBlocksNotionAccepts() {
        String deepList = IntStream.range(0, 12).mapToObj(i -> "  ".repeat(i) + "- level " + i).collect(Collectors.joining("\n"));
        String longTable = "| a | b | c |\n|---|---|---|\n" + IntStream.range(0, 150).mapToObj(i -> "| " + i + " | x |").collect(Collectors.joining("\n"));
        String deepQuotes = ">".repeat(500) + " deep";
        String hugeCode = "```js\n" + "x();\n".repeat(60_000) + "```";
        String listWithLongChildren = "- parent\n" + IntStream.range(0, 130).mapToObj(i -> "  - child " + i).collect(Collectors.joining("\n"));
        String draft = String.join("\n\n", deepList, longTable, deepQuotes, hugeCode, listWithLongChildren, "<script>alert(1)</script>",
                "Emoji 😀".repeat(400), "![](javascript:alert(1))", "- > quoted in a list\n  > | t |\n  > |---|\n  > | 1 |");

        List<ObjectNode> blocks = markdown.blocks(draft);

        assertAcceptableToNotion(blocks);
        List<JsonNode> tables = blocks.stream().filter(b -> b.path("type").asText().equals("table")).map(JsonNode.class::cast).toList();
        assertThat(tables).hasSize(2); // the header and 150 rows: 100 rows, then the header again and the other 51
        assertThat(tables.get(1).path("table").path("children").get(0).toString()).contains("\"a\"");
        assertThat(tables.stream().mapToInt(t -> t.path("table").path("children").size()).sum()).isEqualTo(152);
        assertThat(tables.getFirst().path("table").path("children").get(1).path("table_row").path("cells")).hasSize(3); // short rows padded
        assertThat(blocks.stream().filter(b -> b.path("type").asText().equals("code"))).hasSizeGreaterThan(1);
        assertThat(blocks.toString()).doesNotContain("javascript:");
    }

    @Test
    void anEmptyDraftHasNoBlocks() {
        assertThat(markdown.blocks("")).isEmpty();
        assertThat(markdown.blocks(null)).isEmpty();
    }

    /** What Notion's validation would refuse: long text items, long arrays, children nested too deep, links that are not web links. */
    static void assertAcceptableToNotion(List<? extends JsonNode> blocks) {
        assertThat(blocks.size()).isPositive();
        for (JsonNode block : blocks) {
            assertBlock(block, 0);
        }
    }

    private static void assertBlock(JsonNode block, int depth) {
        String type = block.path("type").asText();
        JsonNode body = block.path(type);
        assertThat(body.isObject()).as("a %s block has its body", type).isTrue();
        assertRichText(body.path("rich_text"));
        assertRichText(body.path("caption"));
        if (type.equals("table_row")) {
            body.path("cells").forEach(MarkdownBlocksTest::assertRichText);
        }
        if (body.has("children")) {
            assertThat(depth).as("children nested under a block at depth %d", depth).isLessThan(MarkdownBlocks.MAX_DEPTH);
            assertThat(body.path("children").size()).isBetween(1, 100);
            body.path("children").forEach(child -> assertBlock(child, depth + 1));
        }
        if (type.equals("table")) {
            assertThat(body.path("children")).allSatisfy(row -> assertThat(row.path("table_row").path("cells")).hasSize(body.path("table_width").asInt()));
        }
    }

    private static void assertRichText(JsonNode items) {
        assertThat(items.size()).isLessThanOrEqualTo(100);
        for (JsonNode item : items) {
            assertThat(item.path("text").path("content").asText().length()).isBetween(1, 2000);
            JsonNode link = item.path("text").path("link");
            if (!link.isMissingNode()) {
                assertThat(link.path("url").asText()).matches("https?://.+");
            }
        }
    }

    private static JsonNode item(JsonNode richText, String content) {
        for (JsonNode item : richText) {
            if (item.path("text").path("content").asText().equals(content)) {
                return item;
            }
        }
        throw new AssertionError("No rich text item \"" + content + "\" in " + richText);
    }

    private static String text(JsonNode block) {
        StringBuilder text = new StringBuilder();
        block.path(block.path("type").asText()).path("rich_text").forEach(item -> text.append(item.path("text").path("content").asText()));
        return text.toString();
    }
}
