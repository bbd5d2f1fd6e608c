package org.scriptorium.core.research.feeds;

import org.jdom2.Document;
import org.jdom2.Element;

import java.util.List;

/**
 * Where a feed's channel and items sit in its XML, found the way ROME finds them, so the n-th item here is
 * ROME's n-th entry: RSS 0.9x/2.0 items in {@code <channel>}, RSS 1.0 items beside it, Atom entries in the feed.
 */
record FeedElements(Element channel, List<Element> items) {

    static FeedElements of(Document document) {
        Element root = document.getRootElement();
        String name = root.getName();
        if (name.equals("feed")) {
            return new FeedElements(root, root.getChildren("entry", root.getNamespace()));
        }
        if (name.equals("RDF")) {
            Element channel = childNamed(root, "channel");
            return new FeedElements(channel == null ? root : channel, childrenNamed(root, "item"));
        }
        Element channel = childNamed(root, "channel");
        return channel == null ? new FeedElements(root, List.of())
                : new FeedElements(channel, childrenNamed(channel, "item"));
    }

    /** True when these are the elements ROME read its {@code entries} from, one for one. */
    boolean alignsWith(int entries) {
        return items.size() == entries;
    }

    private static Element childNamed(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> childrenNamed(Element parent, String name) {
        return parent.getChildren().stream().filter(child -> child.getName().equals(name)).toList();
    }
}
