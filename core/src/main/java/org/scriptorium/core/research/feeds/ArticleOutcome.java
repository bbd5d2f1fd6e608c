package org.scriptorium.core.research.feeds;

import org.scriptorium.core.research.fetch.FailureKind;

/** Reading one article: its extracted text, or why not (one sentence naming the host). */
public sealed interface ArticleOutcome {

    record Article(ExtractedArticle article) implements ArticleOutcome {
    }

    record Failed(FailureKind kind, String message) implements ArticleOutcome {
    }
}
