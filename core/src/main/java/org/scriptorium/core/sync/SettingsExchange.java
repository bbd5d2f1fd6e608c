package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.settings.SettingsRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The user's settings that are not about one machine (posting slots, the catch-up window, the AI budget, the
 * default AI provider of each task, the near-duplicate threshold) as synced records: one per key, the whole value to the later hybrid-clock stamp. Window
 * size, theme, notifications, jobs and sync's own bookkeeping stay on their device.
 */
final class SettingsExchange {
    static final String ENTITY = "setting";
    /** Keys that sync, by prefix: a key is about the user's work, not about this machine. */
    static final List<String> SYNCED = List.of("queue.", "publish.catch-up", "ai.monthly-budget-usd", "ai.default.",
            "research.near-duplicate-threshold");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettingsRepository settings;
    private final SyncLedger ledger;
    private final UUID device;
    private final Supplier<HybridClock> clocks;
    private final java.time.Clock clock;

    SettingsExchange(SettingsRepository settings, SyncLedger ledger, java.time.Clock clock, UUID device, Supplier<HybridClock> clocks) {
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.device = device;
        this.clocks = clocks;
    }

    /** The same key is the same record on every device. */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("setting:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private record Value(String key, String value, String stamp) {
        String json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("key", key);
            node.put("value", value);
            node.put("stamp", stamp);
            return node.toString();
        }

        static Value parse(String json) {
            try {
                JsonNode node = JSON.readTree(json);
                return new Value(node.get("key").asText(), node.get("value").isNull() ? null : node.get("value").asText(), node.get("stamp").asText());
            } catch (java.io.IOException | RuntimeException e) {
                throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "A setting on the sync server could not be read: " + e.getMessage(), e);
            }
        }
    }

    void apply(HubRow row) {
        Value theirs = Value.parse(row.payload());
        if (SYNCED.stream().noneMatch(theirs.key()::startsWith)) {
            return; // a key this version does not sync (from a newer one, or one no longer synced): left alone
        }
        clocks.get().observe(theirs.stamp());
        String mine = settings.get(theirs.key()).orElse(null);
        Value base = ledger.get(ENTITY, row.id()).map(entry -> Value.parse(entry.basePayload())).orElse(null);
        boolean changedHere = !Objects.equals(mine, base == null ? null : base.value());
        boolean theirsWins = !changedHere || theirs.stamp().compareTo(localStamp(theirs.key(), base)) > 0;
        if (theirsWins && !Objects.equals(mine, theirs.value())) {
            if (theirs.value() == null) {
                settings.remove(theirs.key());
            } else {
                settings.put(theirs.key(), theirs.value());
            }
        }
        // Base is theirs either way: a later local value than theirs differs from it, so the next push sends it.
        ledger.put(ENTITY, row.id(), new SyncLedger.Entry(row.hubRevision(), 0, row.payload()));
    }

    /** Synced settings whose value here is not the one last synced (removed ones too). Few: read whole each time. */
    void outgoing(RecordExchange.Outbox outbox) {
        Map<String, SettingsRepository.Entry> here = new HashMap<>();
        settings.entries(SYNCED).forEach(entry -> here.put(entry.key(), entry));
        Map<String, Value> synced = new HashMap<>();
        for (SyncLedger.Entry entry : ledger.entries(ENTITY)) {
            Value value = Value.parse(entry.basePayload());
            synced.put(value.key(), value);
        }
        java.util.Set<String> keys = new java.util.TreeSet<>(here.keySet());
        keys.addAll(synced.keySet());
        for (String key : keys) {
            SettingsRepository.Entry mine = here.get(key);
            Value base = synced.get(key);
            String value = mine == null ? null : mine.value();
            if (base == null ? value == null : Objects.equals(base.value(), value)) {
                continue;
            }
            Instant changedAt = mine != null ? mine.updatedAt() : clock.instant();
            String stamp = DraftMerge.localStamp(base == null ? null : base.stamp(), changedAt, device);
            long hubRevision = ledger.get(ENTITY, idOf(key)).map(SyncLedger.Entry::hubRevision).orElse(0L);
            outbox.records().add(new Hub.Outgoing(ENTITY, idOf(key), hubRevision, new Value(key, value, stamp).json()));
            outbox.localRevisions().add(0L);
        }
    }

    private String localStamp(String key, Value base) {
        Instant changedAt = settings.entries(List.of(key)).stream().filter(e -> e.key().equals(key)).map(SettingsRepository.Entry::updatedAt)
                .findFirst().orElseGet(clock::instant);
        return DraftMerge.localStamp(base == null ? null : base.stamp(), changedAt, device);
    }
}
