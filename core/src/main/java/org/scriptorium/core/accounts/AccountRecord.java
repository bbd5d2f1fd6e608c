package org.scriptorium.core.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A connected account's row. Tokens and passwords are in the secret store under {@code account:<id>:…}. */
@Entity
@Table(name = "accounts")
public class AccountRecord extends SyncableEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "network", nullable = false, length = 20)
    private Network network;
    @Column(name = "name", nullable = false, length = 300)
    private String name;
    @Column(name = "handle", length = 300)
    private String handle;
    @Column(name = "external_id", nullable = false, length = 300)
    private String externalId;
    @Column(name = "api_base", nullable = false, length = 2048)
    private String apiBase;
    @Column(name = "avatar_url", length = 2048)
    private String avatarUrl;
    @Column(name = "scopes", length = 1000)
    private String scopes;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AccountStatus status;
    @Column(name = "paused_until")
    private Instant pausedUntil;
    @Column(name = "owner_name", length = 300)
    private String owner;

    protected AccountRecord() {
    }

    AccountRecord(UUID id, Account account, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        set(account);
    }

    void set(Account a) {
        this.network = a.network();
        this.name = a.name();
        this.handle = a.handle();
        this.externalId = a.externalId();
        this.apiBase = a.apiBase().toString();
        this.avatarUrl = a.avatarUrl();
        this.scopes = String.join(" ", a.scopes());
        this.expiresAt = a.expiresAt();
        this.status = a.status();
        this.pausedUntil = a.pausedUntil();
        this.owner = a.owner();
    }

    Account view() {
        List<String> granted = scopes == null || scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
        return new Account(getId(), network, name, handle, externalId, URI.create(apiBase), avatarUrl, granted, expiresAt, status,
                pausedUntil, owner);
    }

    Network network() {
        return network;
    }

    String externalId() {
        return externalId;
    }

    void remove(Instant now) {
        markDeleted(now);
    }

    /** Sync brings back an account disconnected here that another device connected again. */
    void restore() {
        clearDeleted();
    }
}
