package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.core.writing.social.counting.Facet;
import org.scriptorium.publishers.common.Http;

import java.util.function.Function;

/**
 * Bluesky's rich text: a post's links, mentions and hashtags are not parsed by the network but declared as facets
 * over UTF-8 byte offsets of the text, detected as Bluesky's own client detects them (the same reading the preview and
 * the length check use). A facet whose bytes are not the text it declares, or whose value the network's schema
 * refuses, stays plain text; so does a mention whose handle does not resolve.
 */
final class Facets {
    private Facets() {
    }

    /** The facets of the text; {@code resolveHandle} gives a handle's DID, or null when it has none. */
    static ArrayNode of(String text, Function<String, String> resolveHandle) {
        ArrayNode facets = Http.JSON.createArrayNode();
        for (Facet facet : PlatformRules.bluesky().facets(text)) {
            if (!facet.declares(text)) {
                continue;
            }
            switch (facet.kind()) {
                case LINK -> add(facets, facet, "app.bsky.richtext.facet#link", "uri", facet.value());
                case TAG -> add(facets, facet, "app.bsky.richtext.facet#tag", "tag", facet.value());
                case MENTION -> {
                    String did = resolveHandle.apply(facet.value());
                    if (did != null) {
                        add(facets, facet, "app.bsky.richtext.facet#mention", "did", did);
                    }
                }
            }
        }
        return facets;
    }

    private static void add(ArrayNode facets, Facet facet, String type, String field, String value) {
        ObjectNode node = facets.addObject();
        node.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
        node.putArray("features").addObject().put("$type", type).put(field, value);
    }
}
