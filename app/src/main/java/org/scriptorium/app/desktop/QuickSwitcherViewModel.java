package org.scriptorium.app.desktop;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The quick switcher (Ctrl+P): one field over drafts, topics, posts and the window's commands. Typed words match the
 * start of words in a name ("nd" finds "New draft"), then any run of its letters in order; the closest come first,
 * and among equals commands before drafts before topics before posts. Enter runs the first.
 */
public final class QuickSwitcherViewModel {
    static final int MOST_SHOWN = 30;

    public enum Kind {
        COMMAND("Command"), DRAFT("Draft"), TOPIC("Topic"), POST("Post");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A place to go or a thing to do. */
    public record Entry(Kind kind, String name, String detail, Runnable open) {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Entry> results = FXCollections.observableArrayList();
    private List<Entry> entries = List.of();

    public QuickSwitcherViewModel() {
        query.addListener((o, a, b) -> filter());
    }

    /** What can be found; read in the background by the window, then handed over here on the FX thread. */
    public void setEntries(List<Entry> all) {
        entries = List.copyOf(all);
        filter();
    }

    private void filter() {
        String typed = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        record Scored(Entry entry, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : entries) {
            int score = typed.isEmpty() ? 0 : score(entry.name().toLowerCase(Locale.ROOT), typed);
            if (score >= 0) {
                scored.add(new Scored(entry, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(s -> s.entry().kind()));
        results.setAll(scored.stream().limit(MOST_SHOWN).map(Scored::entry).toList());
    }

    /**
     * Lower is closer; -1 when it does not match. 0: the name starts with what was typed; 1: a word does; 2: the typed
     * letters are the starts of words in order ("nd", "new dr"); 3: they appear in order anywhere.
     */
    static int score(String name, String typed) {
        if (name.startsWith(typed)) {
            return 0;
        }
        if (name.contains(" " + typed)) {
            return 1;
        }
        if (matchesWordStarts(name, typed.replace(" ", ""))) {
            return 2;
        }
        int at = 0;
        for (char c : typed.toCharArray()) {
            if (c == ' ') {
                continue;
            }
            at = name.indexOf(c, at);
            if (at < 0) {
                return -1;
            }
            at++;
        }
        return 3;
    }

    private static boolean matchesWordStarts(String name, String letters) {
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        int i = 0;
        for (String word : words) {
            int j = 0;
            while (i < letters.length() && j < word.length() && word.charAt(j) == letters.charAt(i)) {
                i++;
                j++;
            }
            if (i == letters.length()) {
                return true;
            }
        }
        return false;
    }

    /** Enter: the first result runs; says whether there was one. */
    public boolean openFirst() {
        if (results.isEmpty()) {
            return false;
        }
        results.getFirst().open().run();
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Entry> results() {
        return results;
    }
}
