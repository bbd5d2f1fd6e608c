package org.scriptorium.core.drafts;

import java.util.Locale;

/** Why a revision snapshot was taken; shown in the history list. */
public enum RevisionReason {
    SAVED, CLOSED, BEFORE_RESTORE, IMPORTED, EDITED_FROM_CLI;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
