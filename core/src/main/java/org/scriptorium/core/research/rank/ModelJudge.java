package org.scriptorium.core.research.rank;

import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.ChatMessage;
import org.scriptorium.core.writing.ai.ChatRequest;
import org.scriptorium.core.writing.ai.TextProvider;
import org.scriptorium.core.writing.ai.TokenSink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relevance judge that asks the configured text model, in one call, to grade numbered candidates 0, 1 or 2, one
 * "number: grade" line each. Candidates are cut to their first words so a call stays small; a line the model leaves
 * out or garbles leaves that candidate ungraded rather than failing the research.
 */
public final class ModelJudge implements RelevanceJudge {
    private static final int WORDS_PER_CANDIDATE = 120;
    private static final Pattern GRADE_LINE = Pattern.compile("^\\W*(\\d{1,3})\\W{0,3}\\s*[:=\\-–]\\s*\\W{0,2}([012])\\b");
    static final String INSTRUCTIONS = """
            You judge how relevant passages are to a research query. For each numbered passage answer one line \
            "number: grade" with grade 2 if the passage answers the query, 1 if it touches on it, 0 if it is off topic. \
            Answer nothing else.""";

    private final TextProvider provider;

    public ModelJudge(TextProvider provider) {
        this.provider = provider;
    }

    @Override
    public String name() {
        return provider.config().name() + " · " + provider.config().model();
    }

    @Override
    public List<Integer> grade(String query, List<Candidate> candidates, Progress progress) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        StringBuilder prompt = new StringBuilder("Query: ").append(query).append("\n\n");
        for (int i = 0; i < candidates.size(); i++) {
            prompt.append('[').append(i + 1).append("] ").append(firstWords(candidates.get(i).titleAndText())).append("\n\n");
        }
        ChatRequest request = new ChatRequest(null, List.of(ChatMessage.system(INSTRUCTIONS), ChatMessage.user(prompt.toString().strip())),
                0, 16 + 8 * candidates.size());
        return parse(provider.chat(request, TokenSink.NONE, progress).text(), candidates.size());
    }

    static List<Integer> parse(String answer, int count) {
        List<Integer> grades = new ArrayList<>(Collections.nCopies(count, (Integer) null));
        for (String line : answer.split("\\R")) {
            Matcher m = GRADE_LINE.matcher(line.strip());
            if (m.find()) {
                int number = Integer.parseInt(m.group(1));
                if (number >= 1 && number <= count && grades.get(number - 1) == null) {
                    grades.set(number - 1, Integer.parseInt(m.group(2)));
                }
            }
        }
        return grades;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= WORDS_PER_CANDIDATE ? String.join(" ", words)
                : String.join(" ", Arrays.copyOf(words, WORDS_PER_CANDIDATE)) + " …";
    }
}
