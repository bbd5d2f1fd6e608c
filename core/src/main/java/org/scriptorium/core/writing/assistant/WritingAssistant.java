package org.scriptorium.core.writing.assistant;

import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.TokenSink;

/**
 * Writes with or without a model: the offline engine (extractive and template-based) and the model-backed
 * writer share this, so every feature works with no AI service at all. Text is streamed into the sink as it is
 * produced; every call may block and honours cancellation through {@code progress}.
 */
public interface WritingAssistant {
    /** Says what produced the text, e.g. "offline engine" or "ollama · llama3.1". */
    String describe();

    Outline outline(WritingBrief brief, TokenSink sink, Progress progress);

    /** A full Markdown draft (title heading, sections, and a "## References" list matching the brief's sources). */
    String draft(WritingBrief brief, Outline outline, TokenSink sink, Progress progress);

    /** The selection rewritten; for CONTINUE, only the text that follows it. */
    String rewrite(String selection, RewriteKind kind, String context, TokenSink sink, Progress progress);

    SeoMetadata seo(String title, String markdown, Progress progress);
}
