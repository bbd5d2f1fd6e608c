package org.scriptorium.core.drafts;

/** How many drafts are in use and how many wait in the trash. */
public record DraftCounts(int drafts, int trashed) {
}
