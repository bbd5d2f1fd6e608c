package org.scriptorium.core.notion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two-way sync of one topic, decided field by field against the values of the last sync: a field changed on one side
 * takes that side's value; a field changed on both to different values takes the later edit (the studio's update
 * time against Notion's last_edited_time, a tie going to the studio), and the value that lost is reported so the
 * user can see what was overwritten. Without a last sync, a field empty on one side takes the other's value, and
 * differing values go to the later edit as above. Notion keeps edit times to the minute, which this takes as given.
 */
public final class NotionTopicMerge {
    /** Where a value was. */
    public enum Side { LOCAL, NOTION }

    /** A value lost to the other side's later edit. */
    public record Overwritten(NotionTopic.Field field, Object lostValue, Side lostOn) {
    }

    /**
     * The merged topic, the fields the studio's copy must take ({@code localUpdates}) and those Notion must take
     * ({@code notionUpdates}), and what was overwritten.
     */
    public record Result(NotionTopic merged, List<NotionTopic.Field> localUpdates, List<NotionTopic.Field> notionUpdates,
                         List<Overwritten> overwritten) {
        public Result {
            localUpdates = List.copyOf(localUpdates);
            notionUpdates = List.copyOf(notionUpdates);
            overwritten = List.copyOf(overwritten);
        }

        public boolean unchanged() {
            return localUpdates.isEmpty() && notionUpdates.isEmpty();
        }
    }

    private NotionTopicMerge() {
    }

    /** {@code lastSynced} is null on the first sync. */
    public static Result merge(NotionTopic lastSynced, NotionTopic local, Instant localUpdated, NotionTopic notion, Instant notionEdited) {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(notion, "notion");
        Side laterEdit = localUpdated.compareTo(notionEdited) >= 0 ? Side.LOCAL : Side.NOTION;
        Map<NotionTopic.Field, Object> merged = new EnumMap<>(NotionTopic.Field.class);
        List<NotionTopic.Field> localUpdates = new ArrayList<>();
        List<NotionTopic.Field> notionUpdates = new ArrayList<>();
        List<Overwritten> overwritten = new ArrayList<>();
        for (NotionTopic.Field field : NotionTopic.Field.values()) {
            Object mine = field.of(local);
            Object theirs = field.of(notion);
            Object value;
            if (Objects.equals(mine, theirs)) {
                value = mine;
            } else {
                Object before = lastSynced == null ? null : field.of(lastSynced);
                boolean localChanged = lastSynced == null ? mine != null : !Objects.equals(before, mine);
                boolean notionChanged = lastSynced == null ? theirs != null : !Objects.equals(before, theirs);
                if (localChanged && notionChanged) {
                    value = laterEdit == Side.LOCAL ? mine : theirs;
                    Side loser = laterEdit == Side.LOCAL ? Side.NOTION : Side.LOCAL;
                    overwritten.add(new Overwritten(field, loser == Side.LOCAL ? mine : theirs, loser));
                } else {
                    value = localChanged ? mine : theirs;
                }
            }
            merged.put(field, value);
            if (!Objects.equals(value, mine)) {
                localUpdates.add(field);
            }
            if (!Objects.equals(value, theirs)) {
                notionUpdates.add(field);
            }
        }
        return new Result(NotionTopic.of(merged), localUpdates, notionUpdates, overwritten);
    }
}
