package org.scriptorium.core.writing.ai;

import java.time.Duration;

/** The answer of one attempt as it streams in: text passed on to the sink at once, counts as they come. */
final class Answer {
    private final TokenSink sink;
    private final StringBuilder text = new StringBuilder();
    private String model;
    private int inputTokens;
    private int outputTokens;
    private String finishReason;

    Answer(TokenSink sink, String model) {
        this.sink = sink;
        this.model = model;
    }

    void append(String piece) {
        if (piece == null || piece.isEmpty()) {
            return;
        }
        text.append(piece);
        sink.accept(piece);
    }

    /** Whether the user may already have seen text; from then on a retry would show it twice. */
    boolean delivered() {
        return !text.isEmpty();
    }

    void model(String name) {
        if (name != null && !name.isBlank()) {
            model = name;
        }
    }

    void inputTokens(int count) {
        inputTokens = count;
    }

    void outputTokens(int count) {
        outputTokens = count;
    }

    void finishReason(String reason) {
        if (reason != null && !reason.isBlank()) {
            finishReason = reason;
        }
    }

    String finishReason() {
        return finishReason;
    }

    ChatResult result(Duration latency) {
        return new ChatResult(text.toString(), model, inputTokens, outputTokens, latency, finishReason);
    }
}
