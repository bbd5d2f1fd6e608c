package org.scriptorium.core.notion;

import org.scriptorium.core.ScriptoriumException;

/**
 * Notion refused or could not be reached; the message is one sentence a user can act on, and {@link #code()} is
 * Notion's own error code ({@code unauthorized}, {@code object_not_found}, {@code validation_error},
 * {@code rate_limited}, …) or one of ours ({@link #UNREACHABLE}, {@link #MALFORMED}) so callers need not parse messages.
 */
public class NotionException extends ScriptoriumException {
    /** No answer came: the network failed or timed out. */
    public static final String UNREACHABLE = "unreachable";
    /** An answer came that is not the JSON Notion sends. */
    public static final String MALFORMED = "malformed_answer";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String NOT_FOUND = "object_not_found";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String VALIDATION = "validation_error";

    private final int status;
    private final String code;

    public NotionException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public NotionException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status Notion answered, 0 when no answer came. */
    public int status() {
        return status;
    }

    /** Notion's error code, or {@link #UNREACHABLE} / {@link #MALFORMED}. */
    public String code() {
        return code;
    }

    /**
     * A page was created but not all of its content arrived; creating it again would make a second page, so the caller
     * should finish it (or replace its content) by {@link #pageId()} instead.
     */
    public static final class PageLeftIncomplete extends NotionException {
        private final String pageId;

        PageLeftIncomplete(String pageId, int blocksWritten, int blocksWanted, NotionException cause) {
            super(cause.status(), cause.code(), "The page was created in Notion but only " + blocksWritten + " of its " + blocksWanted
                    + " blocks arrived (" + cause.getMessage() + "); replace its content rather than creating it again.", cause);
            this.pageId = pageId;
        }

        public String pageId() {
            return pageId;
        }
    }
}
