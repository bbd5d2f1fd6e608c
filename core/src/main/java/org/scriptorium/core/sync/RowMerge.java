package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merges a row of a {@link SyncedTable} changed on this device with the version another device pushed, against the
 * version both last synced: a group one side changed takes that side's values; a group both changed goes to the
 * later stamp, except the table's text group, where this device's text stays and the other's is handed back to be
 * kept beside it until the user chooses. An edit on one side and a deletion on the other brings the row back.
 */
final class RowMerge {
    private RowMerge() {
    }

    /** {@code otherText}: the other device's text group, when both changed it differently; null otherwise. */
    record Result(ObjectNode merged, Map<String, String> clocks, ObjectNode otherText, boolean restored) {
    }

    static Result merge(SyncedTable table, RowRecord base, RowRecord mine, RowRecord theirs) {
        ObjectNode merged = mine.values().deepCopy();
        Map<String, String> clocks = new TreeMap<>();
        ObjectNode otherText = null;
        boolean mineEdited = false;
        boolean theirsEdited = false;
        for (String group : RowRecord.groups(table, base, mine, theirs)) {
            ObjectNode baseValues = base == null ? null : base.group(table, group);
            ObjectNode mineValues = mine.group(table, group);
            ObjectNode theirValues = theirs.group(table, group);
            boolean mineChanged = !Objects.equals(mineValues, baseValues);
            boolean theirsChanged = !Objects.equals(theirValues, baseValues);
            if (!group.equals("deleted")) {
                mineEdited |= base != null && mineChanged;
                theirsEdited |= base != null && theirsChanged;
            }
            RowRecord winner;
            boolean finalGroup = table.finalColumn() != null && group.equals(table.group(table.finalColumn()));
            if (finalGroup && table.isFinal(mine.values()) != table.isFinal(theirs.values())) {
                winner = table.isFinal(mine.values()) ? mine : theirs;
            } else if (!mineChanged || mineValues.equals(theirValues)) {
                winner = theirs;
            } else if (!theirsChanged) {
                winner = mine;
            } else if (group.equals(table.textGroup())) {
                winner = mine;
                otherText = theirValues;
            } else {
                winner = mine.clock(group).compareTo(theirs.clock(group)) >= 0 ? mine : theirs;
            }
            merged.setAll(winner.group(table, group));
            String stamp = winner.clock(group);
            String other = (winner == mine ? theirs : mine).clock(group);
            clocks.put(group, winner == mine && otherText != null && group.equals(table.textGroup()) ? stamp
                    : stamp.compareTo(other) >= 0 ? stamp : other);
        }
        boolean restored = false;
        if (merged.hasNonNull(SyncedTable.DELETED)
                && (mineEdited && !mine.values().hasNonNull(SyncedTable.DELETED) || theirsEdited && !theirs.values().hasNonNull(SyncedTable.DELETED))) {
            merged.putNull(SyncedTable.DELETED);
            restored = true;
        }
        return new Result(merged, clocks, otherText, restored);
    }
}
