package org.scriptorium.core.writing.offline;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.text.Bm25;
import org.scriptorium.core.research.text.Terms;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.RewriteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a selection without a model: shorter by keeping its most central sentences, longer and continued with
 * sentences taken from the surrounding text, formal or casual by fixed tables, and safe grammar fixes.
 */
final class Rewriter {
    /** A shorter text keeps about this share of the words. */
    static final double SHORTER_SHARE = 0.6;
    private static final int ADDED_SENTENCES = 2;
    private static final Pattern FILLER = Pattern.compile(
            "(?i)\\s*\\b(really|very|basically|actually|just|quite|literally)\\b(?=\\s)");

    String rewrite(String selection, RewriteKind kind, String context, TokenSink sink, Progress progress) {
        String text = selection == null ? "" : selection.strip();
        String ctx = context == null ? "" : context;
        String result = switch (kind) {
            case SHORTER -> shorter(text);
            case LONGER -> longer(text, ctx);
            case FORMAL -> Register.formal(text);
            case CASUAL -> Register.casual(text);
            case FIX_GRAMMAR -> GrammarFixes.fix(text);
            case CONTINUE -> continued(text, ctx);
        };
        stream(result, sink, progress);
        return result;
    }

    private static void stream(String text, TokenSink sink, Progress progress) {
        List<String> pieces = Sentences.of(text);
        int from = 0;
        for (String piece : pieces) {
            progress.checkCancelled();
            int at = text.indexOf(piece, from);
            int end = at < 0 ? text.length() : at + piece.length();
            String chunk = text.substring(from, Math.max(from, end));
            sink.accept(chunk);
            from = Math.max(from, end);
        }
        progress.checkCancelled();
        if (from < text.length()) {
            sink.accept(text.substring(from));
        }
    }

    /** The most central sentences, in reading order, until about 60% of the words are kept; filler words go. */
    static String shorter(String text) {
        List<String> sentences = Sentences.of(text);
        if (sentences.size() <= 1) {
            return withoutFiller(text);
        }
        int total = Sentences.wordCount(text);
        int budget = (int) Math.round(total * SHORTER_SHARE);
        Set<Integer> kept = new HashSet<>();
        int words = 0;
        for (int i : CentralSentences.rank(sentences)) {
            int count = Sentences.wordCount(sentences.get(i));
            if (kept.isEmpty() || words + count <= budget) {
                kept.add(i);
                words += count;
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (kept.contains(i)) {
                result.add(sentences.get(i));
            }
        }
        return withoutFiller(String.join(" ", result));
    }

    private static String withoutFiller(String text) {
        String out = FILLER.matcher(text).replaceAll("");
        return out.isEmpty() ? text : Titles.capitalize(out.strip());
    }

    /** The selection, then the sentences around it most like it (BM25); a lead-in for the writer when there are none. */
    static String longer(String text, String context) {
        List<String> candidates = Sentences.of(context).stream().filter(s -> !text.contains(s)).toList();
        List<Integer> picked = new ArrayList<>();
        if (!candidates.isEmpty()) {
            new Bm25(candidates).rank(text, ADDED_SENTENCES).forEach(r -> picked.add(r.index()));
        }
        picked.sort(Comparator.naturalOrder());
        StringBuilder out = new StringBuilder(text);
        for (int i : picked) {
            out.append(' ').append(candidates.get(i));
        }
        if (picked.isEmpty()) {
            String keyword = keyword(text);
            out.append(' ').append(keyword == null ? "Here is why that matters." : "Here is why that matters for " + keyword + ".");
        }
        return out.toString();
    }

    /** The sentences of the context that follow the one best matching the selection's end; else a next-step line. */
    static String continued(String text, String context) {
        List<String> sentences = Sentences.of(context);
        List<String> mine = Sentences.of(text);
        if (!sentences.isEmpty() && !mine.isEmpty()) {
            var best = new Bm25(sentences).rank(mine.getLast(), 1);
            if (!best.isEmpty()) {
                List<String> next = sentences.stream().skip(best.getFirst().index() + 1L)
                        .filter(s -> !text.contains(s)).limit(ADDED_SENTENCES).toList();
                if (!next.isEmpty()) {
                    return String.join(" ", next);
                }
            }
        }
        String keyword = keyword(text);
        return keyword == null ? "What happens next is the question to follow." : "What happens next with " + keyword
                + " is the question to follow.";
    }

    /** The selection's most used content word, as written; null when it has none. */
    static String keyword(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Terms.Token token : Terms.tokens(text)) {
            if (token.term().length() < 3 || token.term().chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (counts.merge(token.term(), 1, Integer::sum) == 1) {
                order.add(token.term());
                String s = token.surface();
                boolean sentenceCase = token.start() == 0 && s.substring(1).equals(s.substring(1).toLowerCase(Locale.ROOT));
                surface.put(token.term(), sentenceCase ? s.toLowerCase(Locale.ROOT) : s);
            }
        }
        return order.stream().max(Comparator.comparingInt((String t) -> counts.get(t))
                        .thenComparing(order::indexOf)) // on a tie the later word, usually the object
                .map(surface::get).orElse(null);
    }
}
