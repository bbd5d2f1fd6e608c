package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks cut into requests Notion accepts. */
class BlockBatchesTest {
    private final MarkdownBlocks markdown = new MarkdownBlocks();

    @Test
    void nestedBlocksCountTowardsTheThousandARequestMayCarry() {
        // 100 items of 20 sub-items each: 2,100 blocks in all, so not one request even with 100 at the top.
        String list = IntStream.range(0, 100).mapToObj(i -> "- item " + i + "\n" + "  - sub\n".repeat(20)).collect(Collectors.joining());
        List<ObjectNode> blocks = markdown.blocks(list);

        List<List<ObjectNode>> batches = BlockBatches.of(blocks);

        assertThat(blocks).hasSize(100);
        assertThat(batches).hasSize(3).allSatisfy(batch -> assertThat(batch.size() * 21).isLessThanOrEqualTo(BlockBatches.MAX_ELEMENTS));
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(blocks);
    }

    @Test
    void heavyBlocksAreSpreadSoNoRequestOutweighsNotionsLimit() {
        String paragraphs = IntStream.range(0, 40).mapToObj(i -> "word ".repeat(10_000)).collect(Collectors.joining("\n\n"));
        List<ObjectNode> blocks = markdown.blocks(paragraphs);

        List<List<ObjectNode>> batches = BlockBatches.of(blocks);

        assertThat(batches.size()).isGreaterThan(1);
        assertThat(batches).allSatisfy(batch -> assertThat(batch.toString().length()).isLessThan(500 * 1024));
    }
}
