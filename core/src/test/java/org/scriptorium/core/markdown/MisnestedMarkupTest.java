package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Tag soup made of the elements browsers repair the most (tables, selects, templates, foreign content,
 * paragraphs, formatting): whatever the sanitizer returns reads the same to a browser as it is written,
 * holds nothing that runs, and does not change when sanitized again.
 */
class MisnestedMarkupTest {

    private static final String[] TAGS = {
        "p", "div", "a", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "caption", "select", "option",
        "template", "form", "svg", "math", "mtext", "mglyph", "style", "textarea", "pre", "button", "h1", "h2",
        "b", "i", "em", "code", "span", "details", "summary", "dl", "dd", "img", "br", "noscript", "xmp",
        "iframe", "title", "blockquote", "font", "nobr", "object", "input", "plaintext", "listing", "body", "desc"
    };
    private static final int FRAGMENTS = 1500;

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void tagSoupComesOutWellFormedHarmlessAndSettled() {
        Random random = new Random(20261212L);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < FRAGMENTS; i++) {
            String soup = tagSoup(random);
            for (RemoteImages images : RemoteImages.values()) {
                String html = sanitizer.sanitize(soup, images);
                if (!HtmlReading.asBrowserBuildsIt(html).equals(HtmlReading.asTagsSpellIt(html))) {
                    problems.add("re-read differently: " + soup + " -> " + html);
                }
                if (!sanitizer.sanitize(html, images).equals(html)) {
                    problems.add("changed again: " + soup + " -> " + html);
                }
                DangerousHtml.findings(html).forEach(finding -> problems.add(finding + ": " + soup + " -> " + html));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadingsDisagreeOnMarkupABrowserRepairs() {
        String listItemInParagraph = "<p>Text <li> text.</li></p>";

        assertThat(HtmlReading.asBrowserBuildsIt(listItemInParagraph)).isNotEqualTo(HtmlReading.asTagsSpellIt(listItemInParagraph));
    }

    private static String tagSoup(Random random) {
        StringBuilder soup = new StringBuilder();
        int parts = 3 + random.nextInt(14);
        for (int part = 0; part < parts; part++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> soup.append('<').append(tag).append('>');
                case 4 -> soup.append('<').append(tag).append(" title=\"x`\" src=\"x\" onerror=\"alert(1)\">");
                case 5, 6, 7 -> soup.append("</").append(tag).append('>');
                default -> soup.append(random.nextBoolean() ? "\ntext " : "x<y & z");
            }
        }
        return soup.toString();
    }
}
