package org.scriptorium.core.research.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Readability-style extraction: the container holding the most paragraph prose, with comma-rich, link-poor
 * text scoring highest, wins. Pure and thread-safe; it never fetches anything.
 */
public final class ArticleExtractor {
    private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, nav, header, footer,"
            + " aside, form, button, select, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";
    /** Class or id words that mark boilerplate around an article. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|sidebar|share|social|related|promo|advert|sponsor|cookie|newsletter|subscribe|breadcrumb|footer|menu|popup");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|content|entry|main|post|story|body|text");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, pre, blockquote";
    private static final int MIN_PARAGRAPH = 25;

    public ExtractedArticle extract(String html, URI pageUrl) {
        Document document = Jsoup.parse(html, pageUrl.toString());
        String title = title(document);
        String byline = byline(document);
        Instant published = published(document);
        String language = document.selectFirst("html[lang]") == null ? null
                : document.selectFirst("html[lang]").attr("lang").strip();
        URI canonical = canonical(document);

        document.select(CHROME).remove();
        document.select("[class], [id]").stream()
                .filter(e -> UNLIKELY.matcher(e.className() + " " + e.id()).find()
                        && !LIKELY.matcher(e.className() + " " + e.id()).find()
                        && !e.is("html, body"))
                .toList()
                .forEach(Element::remove);
        Element best = bestContainer(document);
        String text = paragraphs(best);
        if (title != null && text.startsWith(title + "\n\n")) {
            text = text.substring(title.length() + 2); // the headline is already the title
        }
        return new ExtractedArticle(title, text, byline, published,
                language == null || language.isEmpty() ? null : language, canonical);
    }

    private static Element bestContainer(Document document) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : document.select("p, pre, td, blockquote")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.split(",").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = document.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
            }
        }
        return best == null ? document : best;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 1;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) linked / length);
    }

    /** Block text joined with blank lines; nested blocks (a p inside an li) are counted once. */
    private static String paragraphs(Element container) {
        List<String> blocks = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (insideAnotherBlock(block, container)) {
                continue;
            }
            String text = block.is("pre") ? block.wholeText().strip() : block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks.isEmpty() ? container.text().strip() : String.join("\n\n", blocks);
    }

    private static boolean insideAnotherBlock(Element block, Element container) {
        for (Element parent = block.parent(); parent != null && parent != container; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String title(Document document) {
        String og = meta(document, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        Element h1 = document.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = document.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static String byline(Document document) {
        String author = meta(document, "meta[name=author], meta[property=article:author]");
        if (author != null && !author.startsWith("http")) {
            return author;
        }
        Element element = document.selectFirst("[rel=author], [itemprop=author], .byline, .author");
        return element == null || element.text().isBlank() ? null : element.text().strip();
    }

    private static Instant published(Document document) {
        String value = meta(document, "meta[property=article:published_time], meta[itemprop=datePublished]");
        if (value == null) {
            Element time = document.selectFirst("time[datetime]");
            value = time == null ? null : time.attr("datetime");
        }
        return value == null ? null : instant(value.strip());
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                return null; // an unreadable date is no date
            }
        }
    }

    private static URI canonical(Document document) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        String href = link != null ? link.absUrl("href") : null;
        if (href == null || href.isEmpty()) {
            Element og = document.selectFirst("meta[property=og:url][content]");
            href = og == null ? null : og.absUrl("content");
        }
        return Links.resolve(null, href);
    }

    private static String meta(Document document, String query) {
        Element element = document.selectFirst(query);
        if (element == null) {
            return null;
        }
        String content = element.attr("content").strip();
        return content.isEmpty() ? null : content;
    }
}
