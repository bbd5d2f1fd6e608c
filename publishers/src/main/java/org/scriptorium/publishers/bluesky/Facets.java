package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.publishers.common.Http;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bluesky's rich text: a post's links, mentions and hashtags are not parsed by the network but declared as facets
 * over UTF-8 byte offsets of the text. A mention whose handle does not resolve stays plain text.
 */
final class Facets {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'’]");
    private static final Pattern MENTION = Pattern.compile("(?<=^|[\\s(])@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)");
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");

    private Facets() {
    }

    /** The facets of the text; {@code resolveHandle} gives a handle's DID, or null when it has none. */
    static ArrayNode of(String text, Function<String, String> resolveHandle) {
        ArrayNode facets = Http.JSON.createArrayNode();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            add(facets, text, link.start(), link.end(), "app.bsky.richtext.facet#link", "uri", link.group());
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            String did = resolveHandle.apply(mention.group(1));
            if (did != null) {
                add(facets, text, mention.start(), mention.end(), "app.bsky.richtext.facet#mention", "did", did);
            }
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            add(facets, text, tag.start(), tag.end(), "app.bsky.richtext.facet#tag", "tag", tag.group(1));
        }
        return facets;
    }

    private static void add(ArrayNode facets, String text, int start, int end, String type, String field, String value) {
        ObjectNode facet = facets.addObject();
        ObjectNode index = facet.putObject("index");
        index.put("byteStart", utf8Length(text.substring(0, start)));
        index.put("byteEnd", utf8Length(text.substring(0, end)));
        facet.putArray("features").addObject().put("$type", type).put(field, value);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
