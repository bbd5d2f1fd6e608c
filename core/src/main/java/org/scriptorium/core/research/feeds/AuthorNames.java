package org.scriptorium.core.research.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author as a reader wants to see it. RSS asks for an e-mail address with the name in brackets
 * ({@code me@example.com (Name)}); people also write {@code Name (me@example.com)} and {@code Name <me@…>}.
 * The name is shown; a bare address stays, since it is all the feed says.
 */
final class AuthorNames {
    private static final String ADDRESS = "(?:mailto:)?[^\\s@()<>]+@[^\\s@()<>]+";
    private static final Pattern ADDRESS_THEN_NAME = Pattern.compile(ADDRESS + "\\s*\\((.+)\\)");
    private static final Pattern NAME_THEN_ADDRESS = Pattern.compile("(.+?)\\s*[(<]\\s*" + ADDRESS + "\\s*[)>]");

    private AuthorNames() {
    }

    static String shown(String author) {
        if (author == null) {
            return null;
        }
        String text = author.strip();
        Matcher m = ADDRESS_THEN_NAME.matcher(text);
        if (m.matches()) {
            return PlainText.literal(m.group(1));
        }
        m = NAME_THEN_ADDRESS.matcher(text);
        if (m.matches()) {
            return PlainText.literal(m.group(1));
        }
        return PlainText.literal(text);
    }
}
