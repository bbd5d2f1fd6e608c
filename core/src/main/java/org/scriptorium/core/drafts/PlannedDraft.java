package org.scriptorium.core.drafts;

import java.time.LocalDate;
import java.util.UUID;

/** A draft with the day it is planned to be published, as the calendar shows it. */
public record PlannedDraft(UUID id, String title, DraftStatus status, LocalDate plannedOn) {
}
