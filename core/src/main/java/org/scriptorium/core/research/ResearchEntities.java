package org.scriptorium.core.research;

import org.scriptorium.core.research.documents.ResearchDocument;
import org.scriptorium.core.research.reports.ReportRecord;
import org.scriptorium.core.research.sources.Source;
import org.scriptorium.core.research.topics.Topic;

import java.util.List;

/** What research maps onto its tables; the studio hands it to the store, which knows no feature. */
public final class ResearchEntities {
    public static final List<Class<?>> ALL = List.of(Source.class, ResearchDocument.class, Topic.class, ReportRecord.class,
            org.scriptorium.core.research.topics.DraftTopic.class,
            org.scriptorium.core.research.demand.CachedSuggestions.class,
            org.scriptorium.core.research.competitors.Competitor.class, org.scriptorium.core.research.competitors.CompetitorCheck.class,
            org.scriptorium.core.research.competitors.CompetitorArticle.class, org.scriptorium.core.research.keywords.TopicKeywordSet.class);

    private ResearchEntities() {
    }
}
