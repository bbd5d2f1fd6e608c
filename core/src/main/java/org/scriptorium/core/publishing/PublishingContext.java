package org.scriptorium.core.publishing;

import okhttp3.OkHttpClient;
import org.scriptorium.core.accounts.AccountStore;

import java.time.Clock;

/** What a network's publisher and connector need from the studio: HTTP, time, addresses, and the accounts with their secrets. */
public record PublishingContext(OkHttpClient http, Clock clock, Endpoints endpoints, AccountStore accounts) {
}
