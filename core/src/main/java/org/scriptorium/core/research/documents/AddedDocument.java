package org.scriptorium.core.research.documents;

import java.util.UUID;

/** What storing an incoming document did: kept it as new or as a near-duplicate, or found it already stored. */
public record AddedDocument(Outcome outcome, UUID id, UUID nearDuplicateOf) {
    public enum Outcome { NEW, DUPLICATE, NEAR_DUPLICATE }
}
