package org.scriptorium.core.research.reports;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and checks {@code [n]} citations: one that does not resolve to a stored source is removed, never shown. */
public final class Citations {
    // [3], [1, 4] and [2][5] are all citations; [n] with anything else inside is ordinary text.
    private static final Pattern CITATION = Pattern.compile("\\s?\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");

    private Citations() {
    }

    /** Every number cited in the text, in order. */
    public static SortedSet<Integer> cited(String text) {
        SortedSet<Integer> numbers = new TreeSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            for (String n : m.group(1).split(",")) {
                numbers.add(Integer.parseInt(n.strip()));
            }
        }
        return numbers;
    }

    /** The text with only the citations whose numbers are in {@code valid}. */
    public static String keepValid(String text, Set<Integer> valid) {
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Integer> kept = java.util.Arrays.stream(m.group(1).split(",")).map(String::strip).map(Integer::parseInt)
                    .filter(valid::contains).distinct().toList();
            String replacement = kept.isEmpty() ? "" : (m.group().startsWith(" ") ? " " : "")
                    + kept.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The report with every dangling citation removed and only its cited sources kept. */
    public static ResearchReport keepValid(ResearchReport report) {
        Set<Integer> numbers = report.sources().stream().map(ReportSource::number).collect(Collectors.toSet());
        return new ResearchReport(keepValid(report.summary(), numbers),
                report.keyPoints().stream().map(p -> keepValid(p, numbers)).toList(),
                report.openQuestions().stream().map(q -> keepValid(q, numbers)).toList(),
                report.sources());
    }

    public static String format(SortedSet<Integer> numbers) {
        return numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }
}
