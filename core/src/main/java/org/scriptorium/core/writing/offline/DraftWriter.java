package org.scriptorium.core.writing.offline;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.WritingBrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Turns an outline into Markdown prose: each section's points, verbatim with their citations, in short paragraphs
 * joined by plain transitions, then the references the text cites. Streams a sentence at a time.
 */
final class DraftWriter {
    private static final int SENTENCES_PER_PARAGRAPH = 3;

    String write(WritingBrief brief, Outline outline, TokenSink sink, Progress progress) {
        List<String> chunks = chunks(brief, outline);
        StringBuilder draft = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            progress.checkCancelled();
            sink.accept(chunks.get(i));
            draft.append(chunks.get(i));
            progress.update((i + 1.0) / chunks.size(), "Writing the draft");
        }
        return draft.toString();
    }

    /** The draft in the pieces it is streamed in: headings, sentences, reference lines. */
    List<String> chunks(WritingBrief brief, Outline outline) {
        List<String> chunks = new ArrayList<>();
        chunks.add("# " + outline.title() + "\n\n");
        chunks.add(DraftTemplates.NOTE + "\n");
        int transition = 0;
        Set<String> names = DraftTemplates.names(outline.sections().stream().flatMap(sec -> sec.points().stream()).toList());
        for (Outline.Section section : outline.sections()) {
            if (section.heading().equalsIgnoreCase(DraftTemplates.REFERENCES)) {
                continue; // the references are rebuilt from what the text cites
            }
            chunks.add("\n## " + section.heading() + "\n\n");
            List<String> sentences = new ArrayList<>();
            boolean open = section.heading().equals(DraftTemplates.OPEN_QUESTIONS);
            if (open) {
                sentences.add(DraftTemplates.OPEN_QUESTIONS_LEAD);
            }
            section.points().stream().map(String::strip).filter(p -> !p.isEmpty()).map(DraftWriter::terminated)
                    .forEach(sentences::add);
            boolean joined = !open && !section.heading().equals(DraftTemplates.CONCLUSION);
            for (int i = 0; i < sentences.size(); i++) {
                boolean paragraphStart = i % SENTENCES_PER_PARAGRAPH == 0;
                String sentence = sentences.get(i);
                if (joined && !paragraphStart) {
                    sentence = DraftTemplates.withTransition(
                            DraftTemplates.TRANSITIONS.get(transition++ % DraftTemplates.TRANSITIONS.size()), sentence, names);
                }
                boolean paragraphEnd = i == sentences.size() - 1 || (i + 1) % SENTENCES_PER_PARAGRAPH == 0;
                chunks.add(sentence + (paragraphEnd ? "\n" : " "));
                if (paragraphEnd && i < sentences.size() - 1) {
                    chunks.add("\n");
                }
            }
        }
        chunks.addAll(references(brief, String.join("", chunks)));
        return chunks;
    }

    /**
     * "## References" with the brief's sources from 1 to the highest one cited: Markdown numbers a list from its
     * first item, so a gap would make the shown numbers disagree with the [n] in the text.
     */
    private static List<String> references(WritingBrief brief, String text) {
        Set<Integer> known = brief.sources().stream().map(WritingBrief.Reference::number).collect(Collectors.toSet());
        SortedSet<Integer> cited = Citations.cited(text);
        cited.retainAll(known);
        List<String> lines = new ArrayList<>();
        if (cited.isEmpty()) {
            return lines;
        }
        lines.add("\n## " + DraftTemplates.REFERENCES + "\n\n");
        brief.sources().stream().filter(s -> s.number() <= cited.last())
                .sorted(Comparator.comparingInt(WritingBrief.Reference::number))
                .forEach(s -> lines.add(s.number() + ". [" + s.title().replace("[", "(").replace("]", ")") + "]("
                        + s.url() + ")\n"));
        return lines;
    }

    private static String terminated(String point) {
        char last = point.charAt(point.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' ? point : point + ".";
    }
}
