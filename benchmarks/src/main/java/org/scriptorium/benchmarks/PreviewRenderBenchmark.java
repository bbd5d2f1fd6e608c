package org.scriptorium.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scriptorium.core.markdown.PreviewOptions;
import org.scriptorium.core.markdown.PreviewPage;
import org.scriptorium.core.markdown.PreviewTheme;
import org.scriptorium.core.markdown.RemoteImages;

/**
 * One preview refresh of a long draft: Markdown parse, HTML render, sanitize and page assembly.
 * This is the work done after each pause in typing, so it must stay well under a frame budget. The setup checks
 * that the page holds the draft before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreviewRenderBenchmark {

    @Param("10000")
    int words;

    private PreviewPage preview;
    private PreviewOptions options;
    private String draft;

    @Setup
    public void setUp() {
        preview = new PreviewPage();
        options = new PreviewOptions(PreviewTheme.LIGHT, RemoteImages.BLOCK);
        draft = SampleDraft.generate(words, 42);
        // Guard against timing an error page or an empty one: the draft's headings, code and prose must be in it.
        String page = preview.page(draft, options);
        if (!page.contains("<h1") || !page.contains("<pre") || page.length() < draft.length()) {
            throw new IllegalStateException("The preview of a " + words + "-word draft (" + draft.length()
                    + " characters) came out as " + page.length() + " characters without its headings or code");
        }
    }

    @Benchmark
    public String renderPreviewPage() {
        return preview.page(draft, options);
    }
}
