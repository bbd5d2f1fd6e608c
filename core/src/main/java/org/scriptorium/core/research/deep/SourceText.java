package org.scriptorium.core.research.deep;

import java.time.Instant;
import java.util.UUID;

/** A fetched source a synthesizer may cite: a stored document with its text. */
public record SourceText(UUID documentId, String url, String title, String text, Instant fetchedAt) {
}
