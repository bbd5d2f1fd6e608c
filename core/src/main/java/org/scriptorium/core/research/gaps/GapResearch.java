package org.scriptorium.core.research.gaps;

import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.competitors.CompetitorService;
import org.scriptorium.core.research.keywords.KeywordResearch;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Gaps per topic and content scores per draft, from what is stored: nothing here touches the network. */
public final class GapResearch {
    private final TopicService topics;
    private final CompetitorService competitors;
    private final KeywordResearch keywords;
    private final DraftService drafts;

    public GapResearch(TopicService topics, CompetitorService competitors, KeywordResearch keywords, DraftService drafts) {
        this.topics = topics;
        this.competitors = competitors;
        this.keywords = keywords;
        this.drafts = drafts;
    }

    /** The topic against its competitors' articles, compared with the drafts started from it. */
    public GapReport gaps(UUID topicId) {
        TopicSummary topic = topics.get(topicId);
        return ContentGaps.of(topic, competitors.articles(), draftsOf(topicId), keywords.of(topicId));
    }

    /**
     * A draft's content score against its topic's keywords and the competitor articles about that topic; a draft
     * started from no topic is scored on sections, links, length and reading ease alone.
     */
    public ContentScore contentScore(UUID draftId) {
        DraftDocument draft = drafts.get(draftId);
        Optional<UUID> topicId = Optional.ofNullable(topics.draftTopics().get(draftId));
        Optional<TopicSummary> topic = topicId.map(topics::get);
        List<ArticleOutline> about = topic.map(ContentGaps::topicTerms).map(terms -> competitors.articles().stream()
                .map(CompetitorService.CompetitorArticles::article).filter(a -> ContentGaps.isAbout(a, terms)).toList()).orElse(List.of());
        return ContentScore.of(draft.title(), draft.body(), topicId.flatMap(keywords::of), about);
    }

    private List<DraftDocument> draftsOf(UUID topicId) {
        return topics.draftTopics().entrySet().stream().filter(e -> e.getValue().equals(topicId)).map(Map.Entry::getKey)
                .map(drafts::get).filter(d -> d.trashedAt() == null).toList();
    }
}
