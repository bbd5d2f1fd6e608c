package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftSummary;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Text for people: local times and small aligned tables. */
final class TextOutput {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int TITLE_WIDTH = 48;

    private TextOutput() {
    }

    static String local(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** When a document was published; "unknown" when its source did not say, never when it was fetched. */
    static String published(Instant publishedAt) {
        return publishedAt == null ? "unknown" : local(publishedAt);
    }

    /** ID, STATUS, WORDS, UPDATED, TITLE, TAGS: one line per draft, newest first as given. */
    static void draftTable(PrintWriter out, List<DraftSummary> drafts, ShortIds ids) {
        int idLength = ids.lengthFor(drafts.stream().map(DraftSummary::id).toList());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "STATUS", "WORDS", "UPDATED", "TITLE", "TAGS"));
        for (DraftSummary draft : drafts) {
            rows.add(List.of(ShortIds.shorten(draft.id(), idLength), draft.status().label(), String.valueOf(draft.wordCount()),
                    local(draft.updatedAt()), clip(draft.title(), TITLE_WIDTH), String.join(", ", draft.tags())));
        }
        table(out, rows, 2);
    }

    /** Prints rows in columns two spaces apart; the column at {@code rightAligned} is aligned right (-1 for none). */
    static void table(PrintWriter out, List<List<String>> rows, int rightAligned) {
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                boolean last = c == columns - 1;
                String padding = " ".repeat(widths[c] - cell.length());
                if (c == rightAligned) {
                    line.append(padding).append(cell);
                } else {
                    line.append(cell).append(last ? "" : padding);
                }
                if (!last) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static String clip(String text, int width) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
