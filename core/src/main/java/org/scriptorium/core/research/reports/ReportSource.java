package org.scriptorium.core.research.reports;

import java.time.Instant;
import java.util.UUID;

/** Source number {@code n} of a report: what {@code [n]} points at. The document id is null for none kept. */
public record ReportSource(int number, UUID documentId, String url, String title, String excerpt, Instant fetchedAt) {
}
