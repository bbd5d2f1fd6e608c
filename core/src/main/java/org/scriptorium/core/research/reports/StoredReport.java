package org.scriptorium.core.research.reports;

import java.time.Instant;
import java.util.UUID;

/** A report as kept with its topic: version 1 is the first run of research, the highest is current. */
public record StoredReport(UUID id, UUID topicId, int version, String query, String synthesizer, ResearchReport report,
                           Instant createdAt) {
}
