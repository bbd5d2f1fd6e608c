package org.scriptorium.core.store;

import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The child process of {@link CrashSafetyTest}: types into drafts like autosave does, without end, and
 * prints {@code ack <id> <counter> <token>} after each save returns. It never exits on its own; the test
 * kills it. Every body it writes is {@link #body(int)} of a counter, so any stored text can be checked.
 *
 * <p>Arguments: the data directory and the round number (which makes the draft tokens unique).
 */
public final class CrashingWriter {
    static final String TITLE_PREFIX = "Crash draft ";
    static final int SAVES_PER_DRAFT = 40;

    private CrashingWriter() {
    }

    /** The text of a draft after {@code counter} saves: it grows like typing and names its own counter. */
    static String body(int counter) {
        return "word ".repeat(10 * counter) + "#" + counter;
    }

    /** The counter a stored body was written with, or -1 when it is not exactly one of {@link #body(int)}. */
    static int counterOf(String body) {
        int hash = body.lastIndexOf('#');
        int counter;
        try {
            counter = Integer.parseInt(body.substring(hash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
        // Checked before building body(counter), so a garbled number cannot ask for a huge string.
        boolean plausible = counter >= 0 && counter <= body.length() / 50;
        return plausible && body.equals(body(counter)) ? counter : -1;
    }

    static String token(String title) {
        return title.substring(TITLE_PREFIX.length());
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        // Not closed: the process is meant to die in the middle of a write.
        Studio studio = Studio.open(dataDir);
        DraftService drafts = studio.drafts();
        // The index is written as drafts change but committed only on close, so a kill leaves it behind.
        drafts.prepareSearch();

        List<Typing> earlier = new ArrayList<>();
        for (DraftSummary summary : drafts.list(DraftFilter.ALL)) {
            DraftDocument draft = drafts.get(summary.id());
            earlier.add(new Typing(draft.id(), token(draft.title()), counterOf(draft.body())));
        }
        Random random = new Random(round);
        Typing current = null;
        int created = 0;
        for (long save = 0; ; save++) {
            Typing target;
            if (current == null || current.counter >= SAVES_PER_DRAFT) {
                String token = "r" + round + "x" + created++;
                List<String> tags = List.of("crash", "round" + round);
                UUID id = drafts.create(new NewDraft(TITLE_PREFIX + token, body(0), DraftStatus.DRAFT, tags)).id();
                current = new Typing(id, token, 0);
                target = current;
            } else {
                // Now and then go back to a draft written before an earlier crash.
                target = !earlier.isEmpty() && save % 5 == 0 ? earlier.get(random.nextInt(earlier.size())) : current;
                target.counter++;
                drafts.saveBody(target.id, body(target.counter));
            }
            out.println("ack " + target.id + " " + target.counter + " " + target.token);
            out.flush();
        }
    }

    private static final class Typing {
        final UUID id;
        final String token;
        int counter;

        Typing(UUID id, String token, int counter) {
            this.id = id;
            this.token = token;
            this.counter = counter;
        }
    }
}
