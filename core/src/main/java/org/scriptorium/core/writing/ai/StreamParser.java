package org.scriptorium.core.writing.ai;

/** Reads one provider's streaming format, line by line, into an {@link Answer}. One per attempt. */
interface StreamParser {
    /**
     * @return true once the provider said the answer is complete
     * @throws ProviderException when the provider reports an error in the stream or sends something unreadable
     */
    boolean accept(String line, Answer answer);

    /** Whether a body ending here, without the format's end marker, still holds a whole answer. */
    default boolean completeAtEnd(Answer answer) {
        return false;
    }
}
