package org.scriptorium.core.writing.social.counting;

import java.util.List;

/**
 * How one network reads the text of a post: its length as the network counts it against its limit, and the links,
 * hashtags, mentions and cashtags it makes of it. Validation, the preview, thread splitting and publishing all ask the
 * same instance, so they can never disagree about a post. Implementations are stateless and thread-safe.
 */
public interface NetworkText {
    /** The text's length in the network's own unit. */
    int length(String text);

    /** What the network links in the text, in order, none overlapping. */
    List<Entity> entities(String text);
}
