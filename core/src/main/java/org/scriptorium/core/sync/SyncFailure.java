package org.scriptorium.core.sync;

import org.scriptorium.core.ScriptoriumException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Why sync could not run, in words for the status line, with a kind the window and the CLI act on. */
public final class SyncFailure extends ScriptoriumException {
    public enum Kind {
        /** The hub could not be reached: offline, a wrong host, a firewall. Retried by itself later. */
        OFFLINE,
        /** The hub refused the user name or password. */
        SIGN_IN,
        /** The hub's certificate could not be checked. */
        TLS,
        /** The passphrase does not open the account's key. */
        WRONG_PASSPHRASE,
        /** Another device removed this one from the account. */
        DEVICE_REMOVED,
        /** Sync is not set up on this data directory. */
        NOT_SET_UP,
        /** The hub answered with an error. */
        HUB_ERROR
    }

    private final Kind kind;

    public SyncFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SyncFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Reads a PostgreSQL driver or Flyway failure as what the user can do about it. */
    public static SyncFailure from(HubAddress address, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SyncFailure known) {
                return known;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    return new SyncFailure(Kind.SIGN_IN, "The sync server " + address + " refused the user name or password.", failure);
                }
                if (state.startsWith("08")) {
                    Kind detail = cause.getMessage() != null && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("ssl")
                            ? Kind.TLS : Kind.OFFLINE;
                    return detail == Kind.TLS
                            ? new SyncFailure(Kind.TLS, "The sync server " + address + " could not be reached securely: " + cause.getMessage(), failure)
                            : new SyncFailure(Kind.OFFLINE, "The sync server " + address + " cannot be reached (offline?): " + cause.getMessage(), failure);
                }
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return new SyncFailure(Kind.TLS, "The sync server's certificate could not be checked (" + cause.getMessage()
                        + "). Use a server with a trusted certificate, or choose to skip the check (not recommended).", failure);
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException || cause instanceof UnknownHostException) {
                return new SyncFailure(Kind.OFFLINE, "The sync server " + address + " cannot be reached (offline?): " + cause.getMessage(), failure);
            }
        }
        return new SyncFailure(Kind.HUB_ERROR, "The sync server " + address + " answered with an error: " + failure.getMessage(), failure);
    }
}
