package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account as the hub stores it: what the accounts page shows in the open, and its tokens, passwords and cookies
 * sealed (AES-256-GCM) under the key only the user's passphrase derives. The whole record goes to the later stamp.
 */
record AccountSyncRecord(Account account, Instant deletedAt, Map<AccountSecrets.Kind, String> secrets, String stamp) {
    static final String ENTITY = "account";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What two devices compare: everything but the stamp. */
    boolean sameAs(AccountSyncRecord other) {
        return account.equals(other.account) && java.util.Objects.equals(deletedAt, other.deletedAt) && secrets.equals(other.secrets);
    }

    String json(SyncKey key) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", account.id().toString());
        node.put("network", account.network().name());
        node.put("name", account.name());
        node.put("handle", account.handle());
        node.put("externalId", account.externalId());
        node.put("apiBase", account.apiBase().toString());
        node.put("avatarUrl", account.avatarUrl());
        ArrayNode scopes = node.putArray("scopes");
        account.scopes().forEach(scopes::add);
        node.put("expiresAt", text(account.expiresAt()));
        node.put("status", account.status().name());
        node.put("pausedUntil", text(account.pausedUntil()));
        node.put("owner", account.owner());
        node.put("deletedAt", text(deletedAt));
        node.put("stamp", stamp);
        ObjectNode plain = JSON.createObjectNode();
        secrets.forEach((kind, secret) -> plain.put(kind.name(), secret));
        node.put("sealed", Base64.getEncoder().encodeToString(key.seal(plain.toString().getBytes(StandardCharsets.UTF_8))));
        return node.toString();
    }

    static AccountSyncRecord parse(String json, SyncKey key) {
        try {
            JsonNode node = JSON.readTree(json);
            List<String> scopes = new ArrayList<>();
            node.path("scopes").forEach(scope -> scopes.add(scope.asText()));
            Account account = new Account(UUID.fromString(node.get("id").asText()), Network.valueOf(node.get("network").asText()),
                    node.get("name").asText(), nullable(node, "handle"), node.get("externalId").asText(), URI.create(node.get("apiBase").asText()),
                    nullable(node, "avatarUrl"), scopes, instant(node, "expiresAt"), AccountStatus.valueOf(node.get("status").asText()),
                    instant(node, "pausedUntil"), nullable(node, "owner"));
            Map<AccountSecrets.Kind, String> secrets = new EnumMap<>(AccountSecrets.Kind.class);
            JsonNode plain = JSON.readTree(new String(key.open(Base64.getDecoder().decode(node.get("sealed").asText())), StandardCharsets.UTF_8));
            plain.properties().forEach(entry -> secrets.put(AccountSecrets.Kind.valueOf(entry.getKey()), entry.getValue().asText()));
            return new AccountSyncRecord(account, instant(node, "deletedAt"), secrets, node.get("stamp").asText());
        } catch (java.io.IOException | IllegalArgumentException | NullPointerException e) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "An account on the sync server could not be read: " + e.getMessage(), e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = nullable(node, field);
        return value == null ? null : Instant.parse(value);
    }
}
