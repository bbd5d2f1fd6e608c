package org.scriptorium.core.research.documents;

import java.util.UUID;

/** A document's full text, for clustering and research. */
public record DocumentText(UUID id, String title, String text) {
}
