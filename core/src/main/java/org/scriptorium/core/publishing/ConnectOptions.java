package org.scriptorium.core.publishing;

/**
 * What a user gives to connect an account: the instance (Mastodon), the handle and app password (Bluesky), or the
 * client id and secret of their own LinkedIn or Facebook app. Unused fields are null.
 */
public record ConnectOptions(String instance, String handle, String appPassword, String clientId, String clientSecret) {
    public static ConnectOptions none() {
        return new ConnectOptions(null, null, null, null, null);
    }
}
