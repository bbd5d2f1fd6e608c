package org.scriptorium.app.drafts;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Style classes for Markdown syntax, from one pass of a combined pattern (earlier groups win). */
public final class MarkdownHighlighter {
    private static final List<String> STYLES = List.of(
            "md-front-matter", "md-code-block", "md-heading", "md-quote", "md-list", "md-code",
            "md-bold", "md-italic", "md-strike", "md-link", "md-html");
    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            "(?<g0>\\A---\\R(?s:.*?)\\R---(?=\\R|\\z))",
            "(?<g1>^```[^\\n]*\\R(?s:.*?)(?:^```[ \\t]*$|\\z))",
            "(?<g2>^#{1,6}[ \\t].*$)",
            "(?<g3>^>.*$)",
            "(?<g4>^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t](?:\\[[ xX]\\][ \\t])?)",
            "(?<g5>`[^`\\n]+`)",
            "(?<g6>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)",
            "(?<g7>(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?!\\*)|(?<![_\\w])_[^_\\s][^_\\n]*_(?![_\\w]))",
            "(?<g8>~~[^~\\n]+~~)",
            "(?<g9>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|<https?://[^>\\s]+>)",
            "(?<g10></?[a-zA-Z][^>\\n]*>)"), Pattern.MULTILINE);

    private MarkdownHighlighter() {
    }

    public static StyleSpans<Collection<String>> styles(String text) {
        Matcher matcher = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(styleOf(matcher)), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher matcher) {
        for (int i = 0; i < STYLES.size(); i++) {
            if (matcher.group("g" + i) != null) {
                return STYLES.get(i);
            }
        }
        return "";
    }
}
