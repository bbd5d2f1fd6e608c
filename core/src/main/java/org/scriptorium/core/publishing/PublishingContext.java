package org.scriptorium.core.publishing;

import okhttp3.OkHttpClient;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.http.HttpClients;

import java.time.Clock;

/**
 * What a network's publisher and connector need from the studio: HTTP, time, addresses, and the accounts with their
 * secrets. The client never repeats a request by itself, whichever one is given: a post it sent twice would be live twice.
 */
public record PublishingContext(OkHttpClient http, Clock clock, Endpoints endpoints, AccountStore accounts) {
    public PublishingContext {
        http = HttpClients.sendingOnce(http);
    }
}
