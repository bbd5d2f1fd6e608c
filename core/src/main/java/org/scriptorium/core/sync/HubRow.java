package org.scriptorium.core.sync;

import java.time.Instant;
import java.util.UUID;

/** One record as the hub has it: its latest synced state ({@code payload}, JSON) and where it is in the change order. */
public record HubRow(String entity, UUID id, long hubRevision, long seq, UUID deviceId, Instant changedAt, String payload) {
}
