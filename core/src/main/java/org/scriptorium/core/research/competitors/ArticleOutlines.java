package org.scriptorium.core.research.competitors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.scriptorium.core.research.feeds.ArticleExtractor;
import org.scriptorium.core.research.feeds.ExtractedArticle;
import org.scriptorium.core.research.text.EntityExtractor;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an article page (or a feed's full content) into its outline. Pure; it fetches nothing. */
public final class ArticleOutlines {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, [role=navigation], "
            + "[role=complementary]";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int MAX_HEADINGS = 60;
    private static final int MAX_QUESTIONS = 40;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final EntityExtractor names = new EntityExtractor();

    /** The outline of {@code html} found at {@code url}; {@code published} stands when the page gives no date. */
    public ArticleOutline read(String html, URI url, String fallbackTitle, Instant published) {
        ExtractedArticle article = extractor.extract(html, url);
        String title = article.title() != null && !article.title().isBlank() ? article.title().strip()
                : fallbackTitle == null || fallbackTitle.isBlank() ? url.toString() : fallbackTitle.strip();
        List<String> headings = headings(html, url);
        String text = article.text() == null ? "" : article.text();
        Set<String> questions = new LinkedHashSet<>();
        headings.stream().filter(h -> h.endsWith("?")).forEach(questions::add);
        for (String sentence : SENTENCE_END.split(text.replace("\n\n", " "))) {
            int words = words(sentence);
            if (sentence.endsWith("?") && words >= 4 && words <= 25 && questions.size() < MAX_QUESTIONS) {
                questions.add(sentence.strip());
            }
        }
        List<String> entities = names.entities(List.of(title + ". " + text), 12);
        return new ArticleOutline(url.toString(), title, article.published() != null ? article.published() : published, words(text),
                headings, List.copyOf(questions), entities, text);
    }

    /** The section headings (h2–h4) of the page's content, not of its menus and footers, in order, each once. */
    static List<String> headings(String html, URI url) {
        Document document = Jsoup.parse(html, url.toString());
        document.select(CHROME).remove();
        Element scope = document.selectFirst("article");
        if (scope == null) {
            scope = document.selectFirst("main");
        }
        if (scope == null) {
            scope = document.body();
        }
        Set<String> headings = new LinkedHashSet<>();
        for (Element heading : scope.select("h2, h3, h4")) {
            String text = heading.text().strip();
            if (!text.isEmpty() && text.length() <= 200 && headings.size() < MAX_HEADINGS) {
                headings.add(text);
            }
        }
        return new ArrayList<>(headings);
    }

    static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
