package org.scriptorium.core.research.deep;

import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.ResearchReport;
import org.scriptorium.core.research.text.Bm25;
import org.scriptorium.core.research.text.Passages;
import org.scriptorium.core.research.text.CitedSentence;
import org.scriptorium.core.research.text.SourcedPassage;
import org.scriptorium.core.research.text.Summary;
import org.scriptorium.core.research.text.TextRankSummarizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The offline synthesizer: splits sources into passages, keeps the passages BM25 ranks highest for the
 * topic, and lets TextRank pick the central sentences. Every sentence is verbatim from a source and cites
 * the sources it came from, so nothing is claimed that a source does not say.
 */
public final class ExtractiveSynthesizer implements ReportSynthesizer {
    private static final int PASSAGE_WORDS = 60;
    private static final int TOP_PASSAGES = 40;
    private static final int PASSAGES_PER_SOURCE = 6;
    private static final int SENTENCES = 4;

    @Override
    public String name() {
        return "extractive";
    }

    private record Passage(int source, String text) {
    }

    @Override
    public ResearchReport synthesize(String topic, String query, List<SourceText> sources) {
        List<Passage> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (String passage : Passages.split(sources.get(i).text(), PASSAGE_WORDS)) {
                all.add(new Passage(i + 1, passage));
            }
        }
        Bm25 ranker = new Bm25(all.stream().map(Passage::text).toList());
        Map<Integer, Integer> perSource = new HashMap<>();
        Map<Integer, String> bestPassage = new HashMap<>();
        List<SourcedPassage> chosen = new ArrayList<>();
        for (Bm25.Ranked ranked : ranker.rank(query, all.size())) {
            Passage p = all.get(ranked.index());
            if (ranked.score() <= 0 && !chosen.isEmpty() || perSource.merge(p.source(), 1, Integer::sum) > PASSAGES_PER_SOURCE) {
                continue;
            }
            bestPassage.putIfAbsent(p.source(), p.text());
            chosen.add(new SourcedPassage(p.source(), p.text()));
            if (chosen.size() == TOP_PASSAGES) {
                break;
            }
        }
        if (chosen.isEmpty()) {
            all.stream().limit(TOP_PASSAGES).forEach(p -> chosen.add(new SourcedPassage(p.source(), p.text())));
            all.forEach(p -> bestPassage.putIfAbsent(p.source(), p.text()));
        }
        Summary summary = new TextRankSummarizer().summarize(chosen, topic, SENTENCES);

        // Sources are numbered in the order the report first cites them; uncited ones are left out.
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<CitedSentence> ordered = new ArrayList<>(summary.summary());
        ordered.addAll(summary.keyPoints());
        ordered.addAll(summary.openQuestions());
        ordered.forEach(s -> s.sources().forEach(n -> renumbered.putIfAbsent(n, renumbered.size() + 1)));

        String text = String.join(" ", summary.summary().stream().map(s -> cite(s, renumbered)).toList());
        List<String> keyPoints = summary.keyPoints().stream().map(s -> cite(s, renumbered)).toList();
        List<String> questions = summary.openQuestions().stream().map(s -> cite(s, renumbered)).toList();
        List<ReportSource> cited = new ArrayList<>();
        renumbered.forEach((old, number) -> {
            SourceText s = sources.get(old - 1);
            cited.add(new ReportSource(number, s.documentId(), s.url(), s.title(), excerpt(bestPassage.get(old)), s.fetchedAt()));
        });
        return new ResearchReport(text, keyPoints, questions, cited);
    }

    private static String cite(CitedSentence sentence, Map<Integer, Integer> renumbered) {
        SortedSet<Integer> numbers = new TreeSet<>();
        sentence.sources().forEach(n -> numbers.add(renumbered.get(n)));
        String text = sentence.text().strip();
        String citations = Citations.format(numbers);
        // The citation goes inside the sentence's closing mark: "... I/O [1]." rather than "... I/O. [1]".
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        // A sentence the splitter gave without its full stop still ends as one, or the next runs into it.
        return last == '.' || last == '!' || last == '?'
                ? text.substring(0, text.length() - 1) + " " + citations + last
                : text + " " + citations + ".";
    }

    private static String excerpt(String passage) {
        if (passage == null) {
            return "";
        }
        return passage.length() <= 400 ? passage : passage.substring(0, 399) + "…";
    }
}
