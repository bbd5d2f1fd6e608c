package org.scriptorium.core.research.deep;

import org.scriptorium.core.research.reports.ResearchReport;

import java.util.List;

/** Writes a cited report from fetched sources. The offline extractive one always works; an LLM one may replace it. */
public interface ReportSynthesizer {
    String name();

    ResearchReport synthesize(String topic, String query, List<SourceText> sources);
}
