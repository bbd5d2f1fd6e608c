package org.scriptorium.core.accounts;

import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The connected accounts. Connecting the same network account again (same network and id there) updates the row
 * instead of adding a second one; disconnecting forgets its secrets too.
 */
public final class AccountStore {
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final AccountSecrets secrets;

    public AccountStore(SessionFactory sessions, Clock clock, UUID deviceId, AccountSecrets secrets) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.secrets = secrets;
        secrets.onChange(this::touch);
    }

    /** A stored account's secrets changed: its row is written too, so sync sees the account as changed. */
    private void touch(UUID id) {
        sessions.inTransaction(session -> {
            AccountRecord row = session.find(AccountRecord.class, id);
            if (row != null && row.getDeletedAt() == null) {
                row.touch(clock.instant(), deviceId);
            }
        });
    }

    public List<Account> list() {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from AccountRecord a where a.deletedAt is null order by a.network, a.name", AccountRecord.class)
                .getResultList().stream().map(AccountRecord::view).toList());
    }

    public Optional<Account> find(UUID id) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(AccountRecord.class, id))
                .filter(r -> r.getDeletedAt() == null).map(AccountRecord::view));
    }

    /** By id, or by the start of its id as the CLI shows it. */
    public Account get(String idOrPrefix) {
        String wanted = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        List<Account> matches = list().stream().filter(a -> a.id().toString().startsWith(wanted)).toList();
        if (wanted.isEmpty() || matches.isEmpty()) {
            throw new InvalidInput("No account " + idOrPrefix + "; see `scriptorium account list`.");
        }
        if (matches.size() > 1) {
            throw new InvalidInput("More than one account starts with " + idOrPrefix + "; give more of its id.");
        }
        return matches.getFirst();
    }

    /** Adds the account, or updates the one already connected with the same network id; returns it with its id. */
    public Account save(Account account) {
        return sessions.fromTransaction(session -> {
            AccountRecord existing = session.createSelectionQuery(
                            "from AccountRecord a where a.deletedAt is null and a.network = :network and a.externalId = :external", AccountRecord.class)
                    .setParameter("network", account.network()).setParameter("external", account.externalId())
                    .getResultList().stream().findFirst().orElse(null);
            if (existing == null) {
                AccountRecord row = new AccountRecord(account.id() != null ? account.id() : Ids.newId(), account, clock.instant(), deviceId);
                session.persist(row);
                return row.view();
            }
            existing.set(account);
            existing.touch(clock.instant(), deviceId);
            return existing.view();
        });
    }

    /** Changes a stored account (its status, a renewed token's expiry). */
    public Account update(UUID id, UnaryOperator<Account> change) {
        return sessions.fromTransaction(session -> {
            AccountRecord row = session.find(AccountRecord.class, id);
            if (row == null || row.getDeletedAt() != null) {
                throw new InvalidInput("The account was disconnected.");
            }
            row.set(change.apply(row.view()));
            row.touch(clock.instant(), deviceId);
            return row.view();
        });
    }

    public void markNeedsReauthorization(UUID id) {
        update(id, a -> with(a, AccountStatus.NEEDS_REAUTHORIZATION, null));
    }

    public void pause(UUID id, Instant until) {
        update(id, a -> with(a, AccountStatus.PAUSED, until));
    }

    /** Forgets the account and every secret of it. */
    public void remove(UUID id) {
        sessions.inTransaction(session -> {
            AccountRecord row = session.find(AccountRecord.class, id);
            if (row != null) {
                row.remove(clock.instant());
                row.touch(clock.instant(), deviceId);
            }
        });
        secrets.forget(id);
    }

    /** What sync reads and writes of the accounts. */
    public AccountSyncPort syncPort() {
        return new AccountSyncPort(sessions, clock, deviceId, secrets);
    }

    public AccountSecrets secrets() {
        return secrets;
    }

    private static Account with(Account a, AccountStatus status, Instant pausedUntil) {
        return new Account(a.id(), a.network(), a.name(), a.handle(), a.externalId(), a.apiBase(), a.avatarUrl(), a.scopes(), a.expiresAt(),
                status, pausedUntil, a.owner());
    }
}
