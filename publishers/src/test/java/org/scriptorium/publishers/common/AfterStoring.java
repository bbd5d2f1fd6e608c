package org.scriptorium.publishers.common;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** What a fake network does with a create once it has stored the post. */
public enum AfterStoring {
    /** The network's usual answer. */
    ANSWER,
    /** The connection closes where the answer would start: the post is there, the client hears nothing. */
    DROP_CONNECTION,
    /** A gateway in front of the network gives up after the network stored the post. */
    BAD_GATEWAY;

    /** The answer to send instead of the network's usual {@code answer}. */
    public MockResponse instead(MockResponse answer) {
        return switch (this) {
            case ANSWER -> answer;
            case DROP_CONNECTION -> new MockResponse.Builder(answer).onResponseStart(new SocketEffect.CloseSocket()).build();
            case BAD_GATEWAY -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
        };
    }
}
