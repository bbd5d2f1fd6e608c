package org.scriptorium.core.research.rank;

import java.util.Objects;

/** Something research may rank for a query: a source or a passage of one, named by the caller's id. */
public record Candidate(String id, String title, String text) {
    public Candidate {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** What a model reads: the title, then the text (embedding models only read the first few hundred words). */
    public String titleAndText() {
        return title.isBlank() ? text : title + ". " + text;
    }
}
