package org.scriptorium.core.writing.social.counting;

import java.util.List;

/**
 * A post on a network that counts code points (LinkedIn, Facebook). Their feeds link addresses, hashtags and mentions
 * much as X does, so X's grammar finds them; only the preview and the hashtag count read those.
 */
public final class CodePointText implements NetworkText {
    private static final XText X = new XText();

    @Override
    public int length(String text) {
        return text.codePointCount(0, text.length());
    }

    @Override
    public List<Entity> entities(String text) {
        return X.entities(text);
    }
}
