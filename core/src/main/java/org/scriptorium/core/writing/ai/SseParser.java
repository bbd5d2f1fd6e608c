package org.scriptorium.core.writing.ai;

/** Server-sent events (the subset model APIs use): "event:" and "data:" lines, ended by a blank line. */
final class SseParser implements StreamParser {
    /** What one provider does with each event. */
    interface Events {
        /** @param name the event's name, or null when the server sent none */
        boolean event(String name, String data, Answer answer);

        default boolean completeAtEnd(Answer answer) {
            return false;
        }
    }

    private final Events events;
    private String name;
    private StringBuilder data;

    SseParser(Events events) {
        this.events = events;
    }

    @Override
    public boolean accept(String line, Answer answer) {
        if (line.isEmpty()) {
            return dispatch(answer);
        }
        if (line.startsWith(":")) {
            return false; // a comment, sent to keep the connection alive
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> { } // id, retry and unknown fields mean nothing for a single answer
        }
        return false;
    }

    @Override
    public boolean completeAtEnd(Answer answer) {
        return dispatch(answer) || events.completeAtEnd(answer);
    }

    private boolean dispatch(Answer answer) {
        if (data == null) {
            name = null;
            return false;
        }
        String event = name;
        String payload = data.toString();
        name = null;
        data = null;
        return events.event(event, payload, answer);
    }
}
