package org.scriptorium.core.http;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;

/**
 * The one place a client is made for requests a user would mind seeing twice: a post, a paid generation. OkHttp
 * repeats a request by itself in two cases, whatever it does: when a pooled connection drops after the request went
 * out ({@code retryOnConnectionFailure}, on by default), and when a 503 says {@code Retry-After: 0}. A post the
 * network had already stored then goes out again. A client built here does neither; whoever sends decides about a
 * repeat, knowing what the request does (and, for a post, after asking the network whether it has it).
 */
public final class HttpClients {
    private static final Interceptor NO_IMMEDIATE_REPEAT = new NoImmediateRepeat();

    private HttpClients() {
    }

    /** The builder's client (its settings, its pool), made never to repeat a request by itself. */
    public static OkHttpClient sendingOnce(OkHttpClient.Builder builder) {
        if (!builder.networkInterceptors().contains(NO_IMMEDIATE_REPEAT)) {
            builder.addNetworkInterceptor(NO_IMMEDIATE_REPEAT);
        }
        return builder.retryOnConnectionFailure(false).build();
    }

    /** The client itself when it never repeats a request by itself, else a copy sharing its pool that does not. */
    public static OkHttpClient sendingOnce(OkHttpClient client) {
        return neverRepeats(client) ? client : sendingOnce(client.newBuilder());
    }

    /** Whether the client leaves every repeat to its caller. */
    public static boolean neverRepeats(OkHttpClient client) {
        return !client.retryOnConnectionFailure() && client.networkInterceptors().contains(NO_IMMEDIATE_REPEAT);
    }

    /**
     * Takes "Retry-After: 0" off a 503, which OkHttp otherwise answers by sending the request again at once. To us
     * it says what no Retry-After says: try again when you see fit.
     */
    private static final class NoImmediateRepeat implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            Response response = chain.proceed(chain.request());
            String retryAfter = response.header("Retry-After");
            if (response.code() == 503 && retryAfter != null && retryAfter.strip().matches("0+")) {
                return response.newBuilder().removeHeader("Retry-After").build();
            }
            return response;
        }
    }
}
