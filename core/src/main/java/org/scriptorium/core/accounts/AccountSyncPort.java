package org.scriptorium.core.accounts;

import org.hibernate.SessionFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What sync reads and writes of the accounts: the public record and, beside it, the account's secrets from the
 * keychain, which sync carries only sealed under the account's passphrase key.
 */
public final class AccountSyncPort {
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final AccountSecrets secrets;

    AccountSyncPort(SessionFactory sessions, Clock clock, UUID deviceId, AccountSecrets secrets) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.secrets = secrets;
    }

    /** An account as this device has it: the record, its tombstone, its local revision, and its secrets. */
    public record LocalAccount(Account account, Instant deletedAt, long revision, Instant updatedAt,
                               Map<AccountSecrets.Kind, String> secrets) {
    }

    public Optional<LocalAccount> find(UUID id) {
        Optional<Object[]> row = sessions.fromTransaction(session -> Optional.ofNullable(session.find(AccountRecord.class, id))
                .map(r -> new Object[]{r.view(), r.getDeletedAt(), r.getRevision(), r.getUpdatedAt()}));
        return row.map(r -> new LocalAccount((Account) r[0], (Instant) r[1], (Long) r[2], (Instant) r[3], secretsOf(id)));
    }

    /** Writes an account's record and secrets as another device has them; a disconnected account loses its secrets here too. */
    public LocalAccount apply(Account account, Instant deletedAt, Map<AccountSecrets.Kind, String> sealedSecrets) {
        sessions.inTransaction(session -> {
            Instant now = clock.instant();
            AccountRecord row = session.find(AccountRecord.class, account.id());
            if (row == null) {
                row = new AccountRecord(account.id(), account, now, deviceId);
                session.persist(row);
            } else {
                row.set(account);
                if (row.getDeletedAt() != null && deletedAt == null) {
                    row.restore();
                }
            }
            if (deletedAt != null && row.getDeletedAt() == null) {
                row.remove(deletedAt);
            }
            row.touch(now, deviceId);
        });
        if (deletedAt != null) {
            secrets.forget(account.id());
        } else {
            for (AccountSecrets.Kind kind : AccountSecrets.Kind.values()) {
                secrets.put(account.id(), kind, sealedSecrets.get(kind));
            }
        }
        return find(account.id()).orElseThrow();
    }

    private Map<AccountSecrets.Kind, String> secretsOf(UUID id) {
        Map<AccountSecrets.Kind, String> found = new EnumMap<>(AccountSecrets.Kind.class);
        for (AccountSecrets.Kind kind : AccountSecrets.Kind.values()) {
            secrets.get(id, kind).ifPresent(secret -> found.put(kind, secret));
        }
        return found;
    }
}
