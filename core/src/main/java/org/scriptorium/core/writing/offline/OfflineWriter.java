package org.scriptorium.core.writing.offline;

import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.RewriteKind;
import org.scriptorium.core.writing.assistant.SeoMetadata;
import org.scriptorium.core.writing.assistant.WritingAssistant;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.WritingBrief;

/**
 * The built-in writer that needs no AI service: extractive and template-based. It quotes the research verbatim with
 * its citations and only adds sentences of its own from a fixed list, so it never invents a fact; the draft says
 * it was assembled this way. Deterministic and thread-safe.
 */
public final class OfflineWriter implements WritingAssistant {
    private final OutlineBuilder outlines = new OutlineBuilder();
    private final DraftWriter drafts = new DraftWriter();
    private final Rewriter rewriter = new Rewriter();
    private final SeoWriter seo = new SeoWriter();

    @Override
    public String describe() {
        return "offline engine (no AI service)";
    }

    @Override
    public Outline outline(WritingBrief brief, TokenSink sink, Progress progress) {
        progress.checkCancelled();
        Outline outline = outlines.build(brief);
        var lines = outline.toMarkdown().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            progress.checkCancelled();
            sink.accept(lines.get(i) + "\n");
            progress.update((i + 1.0) / lines.size(), "Outlining");
        }
        return outline;
    }

    @Override
    public String draft(WritingBrief brief, Outline outline, TokenSink sink, Progress progress) {
        progress.checkCancelled();
        return drafts.write(brief, outline == null ? outlines.build(brief) : outline, sink, progress);
    }

    @Override
    public String rewrite(String selection, RewriteKind kind, String context, TokenSink sink, Progress progress) {
        progress.checkCancelled();
        return rewriter.rewrite(selection, kind, context, sink, progress);
    }

    @Override
    public SeoMetadata seo(String title, String markdown, Progress progress) {
        progress.checkCancelled();
        return seo.seo(title, markdown);
    }
}
