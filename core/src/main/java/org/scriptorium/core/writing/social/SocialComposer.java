package org.scriptorium.core.writing.social;

import org.scriptorium.core.research.text.KeywordExtractor;
import org.scriptorium.core.writing.offline.CentralSentences;
import org.scriptorium.core.writing.offline.PlainText;
import org.scriptorium.core.writing.offline.Sentences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Social posts from a post's Markdown (or from pasted or fetched plain text), without a model: a hook, the most
 * central sentences, a call to read with the link, and hashtags from the keywords, fitted to the platform as a
 * thread where it has them and shortened with "…" where it does not. Deterministic and thread-safe.
 */
public final class SocialComposer {
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*|__|]\\(|^#{1,6} |^> |```", Pattern.MULTILINE);
    private static final int SINGLE_POST_SENTENCES = 3;
    private static final int THREAD_SENTENCES = 5;

    private final KeywordExtractor keywords = new KeywordExtractor();

    public SocialPost compose(Platform platform, String title, String markdown, String link) {
        PlatformRules rules = PlatformRules.of(platform);
        List<String> sentences = new ArrayList<>();
        PlainText.paragraphs(markdown).forEach(p -> sentences.addAll(Sentences.of(p)));
        String heading = title == null ? "" : title.strip();
        sentences.removeIf(s -> s.equalsIgnoreCase(heading));
        List<Integer> ranked = CentralSentences.rank(sentences);
        String hook = !heading.isEmpty() ? heading : ranked.isEmpty() ? "" : sentences.get(ranked.getFirst());
        int wanted = rules.hasThreads() ? THREAD_SENTENCES : SINGLE_POST_SENTENCES;
        List<Integer> key = new ArrayList<>(ranked.stream().filter(i -> !sentences.get(i).equals(hook)).limit(wanted).toList());
        String cta = link == null || link.isBlank() ? "" : "Read more: " + link.strip();
        List<String> hashtags = hashtags(PlainText.paragraphs(markdown), heading, rules.preferredHashtags());

        List<String> parts;
        String full = assemble(hook, key, sentences, cta, hashtags);
        String single = rules.hasThreads() ? oneFullPost(rules, hook, key, sentences, cta, hashtags) : null;
        if (single != null) {
            parts = List.of(single); // the network's room is used before a thread: one post that says enough
        } else if (rules.fits(full) || rules.hasThreads()) {
            parts = new ThreadSplitter(rules).split(full);
        } else {
            parts = List.of(shortened(rules, hook, key, sentences, cta, hashtags));
        }
        List<Issue> issues = new ArrayList<>();
        parts.forEach(p -> issues.addAll(check(platform, p)));
        return new SocialPost(platform, parts, hashtags, link == null || link.isBlank() ? null : link.strip(), issues);
    }

    /** What a preview should warn about in one post (or one part of a thread). */
    public List<Issue> check(Platform platform, String text) {
        PlatformRules rules = PlatformRules.of(platform);
        List<Issue> issues = new ArrayList<>();
        String name = platform.label();
        if (text == null || text.isBlank()) {
            issues.add(new Issue(Issue.Kind.EMPTY, "The post is empty."));
            return issues;
        }
        issues.addAll(rules.issues(text));
        long tags = rules.hashtags(text).size();
        if (tags > rules.maxHashtags()) {
            issues.add(new Issue(Issue.Kind.TOO_MANY_HASHTAGS, "The post has " + tags + " hashtags; more than "
                    + rules.maxHashtags() + " reads as spam on " + name + "."));
        }
        if (MARKDOWN.matcher(text).find()) {
            issues.add(new Issue(Issue.Kind.MARKDOWN_LEFT, "The post still has Markdown formatting, which " + name
                    + " shows as typed."));
        }
        return issues;
    }

    /** "#VirtualThreads" from "virtual threads": each word capitalised, spaces and punctuation gone. */
    static String hashtag(String keyword) {
        StringBuilder tag = new StringBuilder("#");
        for (String word : keyword.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                tag.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return tag.toString();
    }

    private List<String> hashtags(List<String> paragraphs, String title, int count) {
        List<String> documents = new ArrayList<>(paragraphs);
        if (!title.isEmpty()) {
            documents.add(title);
        }
        Set<String> seen = new HashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (String keyword : keywords.keywords(documents, List.of(), count * 3)) {
            String tag = hashtag(keyword);
            if (tags.size() < count && tag.codePoints().anyMatch(Character::isLetter) && tag.length() > 3
                    && seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static String assemble(String hook, List<Integer> key, List<String> sentences, String cta, List<String> tags) {
        List<String> blocks = new ArrayList<>();
        if (!hook.isEmpty()) {
            blocks.add(hook);
        }
        List<String> body = key.stream().sorted().map(sentences::get).toList(); // reading order
        if (!body.isEmpty()) {
            blocks.add(String.join(" ", body));
        }
        if (!cta.isEmpty()) {
            blocks.add(cta);
        }
        if (!tags.isEmpty()) {
            blocks.add(String.join(" ", tags));
        }
        return String.join("\n\n", blocks);
    }

    /**
     * One post with the hook and as many of the most central sentences as fit, when that is at least as many as a
     * post on a network without threads carries; else null, and the text becomes a thread.
     */
    private static String oneFullPost(PlatformRules rules, String hook, List<Integer> key, List<String> sentences, String cta, List<String> tags) {
        for (int kept = key.size(); kept >= Math.min(SINGLE_POST_SENTENCES, key.size()); kept--) {
            String post = assemble(hook, key.subList(0, kept), sentences, cta, tags);
            if (rules.fits(post)) {
                return post;
            }
        }
        return null;
    }

    /** One post: the least central sentences dropped until it fits, then the hook cut at a word with "…". */
    private static String shortened(PlatformRules rules, String hook, List<Integer> key, List<String> sentences,
                                    String cta, List<String> tags) {
        List<Integer> kept = new ArrayList<>(key);
        while (!kept.isEmpty()) {
            kept.removeLast();
            String post = assemble(hook, kept, sentences, cta, tags);
            if (rules.fits(post)) {
                return post;
            }
        }
        String cut = hook;
        while (!cut.isEmpty() && !rules.fits(assemble(cut + "…", List.of(), sentences, cta, tags))) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space).strip() : "";
        }
        return assemble(cut.isEmpty() ? "" : cut + "…", List.of(), sentences, cta, tags);
    }
}
