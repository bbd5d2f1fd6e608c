package org.scriptorium.core.publishing;

/**
 * What a user gives to connect an account: the instance (Mastodon), the handle and app password (Bluesky), or the
 * client id and secret of their own LinkedIn or Facebook app. Unused fields are null.
 */
public record ConnectOptions(String instance, String handle, String appPassword, String clientId, String clientSecret) {
    /** Never the app password or the client secret: options end up in logs and exception messages. */
    @Override
    public String toString() {
        return "ConnectOptions[instance=" + instance + ", handle=" + handle + ", clientId=" + clientId
                + ", appPassword=" + (appPassword == null ? "none" : "hidden") + ", clientSecret=" + (clientSecret == null ? "none" : "hidden") + "]";
    }

    public static ConnectOptions none() {
        return new ConnectOptions(null, null, null, null, null);
    }
}
