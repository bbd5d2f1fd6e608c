package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks cut into what one Notion request may carry: at most 100 blocks at the top, at most 1000 blocks counting the
 * nested ones, and well under the 500 KB a request may weigh. Order is kept; a block is never cut.
 */
final class BlockBatches {
    static final int MAX_BLOCKS = 100;
    static final int MAX_ELEMENTS = 1000;
    /** Notion's limit is 500 KB for the whole request; the rest is room for the properties and the JSON around. */
    static final int MAX_BYTES = 400 * 1024;

    private BlockBatches() {
    }

    static List<List<ObjectNode>> of(List<ObjectNode> blocks) {
        List<List<ObjectNode>> batches = new ArrayList<>();
        List<ObjectNode> batch = new ArrayList<>();
        int elements = 0;
        long bytes = 0;
        for (ObjectNode block : blocks) {
            int blockElements = elements(block);
            long blockBytes = block.toString().getBytes(StandardCharsets.UTF_8).length;
            if (!batch.isEmpty() && (batch.size() == MAX_BLOCKS || elements + blockElements > MAX_ELEMENTS || bytes + blockBytes > MAX_BYTES)) {
                batches.add(List.copyOf(batch));
                batch = new ArrayList<>();
                elements = 0;
                bytes = 0;
            }
            batch.add(block);
            elements += blockElements;
            bytes += blockBytes;
        }
        if (!batch.isEmpty()) {
            batches.add(List.copyOf(batch));
        }
        return batches;
    }

    /** The block and every block nested in it (a list item's children, a table's rows). */
    private static int elements(JsonNode block) {
        int count = 1;
        JsonNode children = block.path(block.path("type").asText()).path("children");
        for (JsonNode child : children) {
            count += elements(child);
        }
        return count;
    }
}
