package org.scriptorium.core.drafts;

/**
 * Which drafts a list shows. Null fields do not filter; {@code trashed} picks the trash or everything else.
 */
public record DraftFilter(DraftStatus status, String tag, boolean trashed) {
    public static final DraftFilter ALL = new DraftFilter(null, null, false);
    public static final DraftFilter TRASH = new DraftFilter(null, null, true);

    public DraftFilter withStatus(DraftStatus newStatus) {
        return new DraftFilter(newStatus, tag, trashed);
    }

    public DraftFilter withTag(String newTag) {
        return new DraftFilter(status, newTag, trashed);
    }
}
