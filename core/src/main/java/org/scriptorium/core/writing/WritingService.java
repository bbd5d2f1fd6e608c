package org.scriptorium.core.writing;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Progress;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.RewriteKind;
import org.scriptorium.core.writing.assistant.SeoMetadata;
import org.scriptorium.core.writing.assistant.WritingAssistant;
import org.scriptorium.core.writing.assistant.WritingBrief;
import org.scriptorium.core.writing.offline.OfflineWriter;
import org.scriptorium.core.writing.social.Issue;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.core.writing.social.SocialComposer;
import org.scriptorium.core.writing.social.SocialPost;
import org.scriptorium.core.writing.social.ThreadSplitter;
import org.scriptorium.core.writing.providers.ConfiguredProvider;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writing from research: chooses who writes (the provider asked for, else the default, else the built-in offline
 * engine), builds the brief from a topic's report, and turns outlines and drafts into drafts in the studio.
 */
public final class WritingService {
    private final ResearchEngine research;
    private final DraftService drafts;
    private final ProviderRegistry providers;
    private final PromptTemplates templates;
    private final UsageLedger ledger;
    private final org.hibernate.SessionFactory sessions;
    private final java.time.Clock clock;
    private final UUID deviceId;

    public WritingService(ResearchEngine research, DraftService drafts, ProviderRegistry providers, PromptTemplates templates,
                          UsageLedger ledger, org.hibernate.SessionFactory sessions, java.time.Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.research = research;
        this.drafts = drafts;
        this.providers = providers;
        this.templates = templates;
        this.ledger = ledger;
    }

    /** Who writes: the named provider, else the default for writing, else the offline engine. */
    public WritingAssistant assistant(String providerName, UUID draftId, UUID topicId) {
        return modelWriter(providerName, draftId, topicId).<WritingAssistant>map(w -> w).orElseGet(OfflineWriter::new);
    }

    /** The model that writes: the named provider, else the default for writing, else an Ollama running here. */
    private Optional<ModelWriter> modelWriter(String providerName, UUID draftId, UUID topicId) {
        Optional<ConfiguredProvider> chosen = chosenProvider(providerName);
        if (chosen.isPresent()) {
            ConfiguredProvider p = chosen.get();
            return Optional.of(new ModelWriter(providers.textClient(p), p.local(), templates, ledger, draftId, topicId));
        }
        Optional<org.scriptorium.core.writing.ai.TextProvider> local = askedOffline(providerName) ? Optional.empty() : providers.runningOllama();
        return local.map(p -> new ModelWriter(p, true, templates, ledger, draftId, topicId));
    }

    /** The provider named (none for "offline"), else the default for writing. */
    private Optional<ConfiguredProvider> chosenProvider(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return providers.defaultFor(ProviderRegistry.Task.WRITING);
        }
        return askedOffline(providerName) ? Optional.empty() : Optional.of(providers.get(providerName));
    }

    private static boolean askedOffline(String providerName) {
        return providerName != null && "offline".equalsIgnoreCase(providerName.strip());
    }

    /** The brief of a topic: its current report, or, before research, its documents' titles and summaries. */
    public WritingBrief brief(UUID topicId) {
        TopicSummary topic = research.topics().get(topicId);
        Optional<StoredReport> report = research.reports().current(topicId);
        if (report.isPresent()) {
            var r = report.get().report();
            List<WritingBrief.Reference> sources = r.sources().stream()
                    .map((ReportSource s) -> new WritingBrief.Reference(s.number(), s.title(), s.url())).toList();
            return new WritingBrief(topic.title(), topic.keywords(), r.summary(), r.keyPoints(), r.openQuestions(), sources);
        }
        List<DocumentSummary> docs = research.documents().summaries(topic.documentIds());
        if (docs.isEmpty()) {
            throw new InvalidInput("\"" + topic.title() + "\" has no research and no documents yet: run research on it first.");
        }
        List<WritingBrief.Reference> sources = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < Math.min(10, docs.size()); i++) {
            DocumentSummary d = docs.get(i);
            sources.add(new WritingBrief.Reference(i + 1, d.title(), d.url()));
            String summary = d.summary() == null || d.summary().isBlank() ? d.title() : d.summary();
            points.add(summary.strip().replaceAll("[.!?]?$", "") + " [" + (i + 1) + "].");
        }
        return new WritingBrief(topic.title(), topic.keywords(), points.getFirst(), points.subList(1, points.size()), List.of(), sources);
    }

    /** Who will write when nobody is named: the default provider's name, or the offline engine. */
    public String defaultWriterName() {
        return providers.defaultFor(ProviderRegistry.Task.WRITING).map(p -> p.name() + " · " + p.model())
                .or(() -> providers.runningOllama().map(p -> "Ollama · " + p.config().model()))
                .orElse("the offline engine");
    }

    /** An empty draft for a topic, to stream the writing into (the window opens it first). */
    public DraftDocument startDraft(UUID topicId) {
        brief(topicId); // says now, before a draft exists, when there is nothing to write from
        return drafts.create(new NewDraft(research.topics().get(topicId).title(), "", DraftStatus.DRAFT, List.of("research", "written")));
    }

    /** Writes the draft from the topic into an existing draft, streaming it; returns and stores the final text. */
    public String writeInto(UUID topicId, UUID draftId, String providerName, TokenSink sink, Progress progress) {
        WritingBrief brief = brief(topicId);
        WritingAssistant writer = assistant(providerName, draftId, topicId);
        Outline outline = writer.outline(brief, TokenSink.NONE, progress);
        String body = writer.draft(brief, outline, sink, progress);
        progress.checkCancelled();
        drafts.update(draftId, new org.scriptorium.core.drafts.DraftChanges(outline.title(), body, null, null));
        research.topics().advance(topicId, TopicStatus.DRAFTED);
        return body;
    }

    /** The selection rewritten (or, for CONTINUE, what follows it), streamed into the sink. */
    public String rewrite(UUID draftId, String selection, RewriteKind kind, String context, String providerName, TokenSink sink,
                          Progress progress) {
        if (selection == null || selection.isBlank()) {
            throw new InvalidInput("Select the text to rewrite first.");
        }
        return assistant(providerName, draftId, null).rewrite(selection, kind, context, sink, progress);
    }

    /** Title ideas, meta description, slug and keywords for a draft, kept with it (replacing earlier ones). */
    public SeoMetadata seo(UUID draftId, String providerName, Progress progress) {
        DraftDocument draft = drafts.get(draftId);
        SeoMetadata seo = assistant(providerName, draftId, null).seo(draft.title(), draft.body(), progress);
        keep(draftId, seo);
        return seo;
    }

    private void keep(UUID draftId, SeoMetadata seo) {
        sessions.inTransaction(session -> {
            SeoRecord row = session.createSelectionQuery("from SeoRecord s where s.draftId = :draft and s.deletedAt is null order by s.id",
                            SeoRecord.class)
                    .setParameter("draft", draftId).getResultList().stream().findFirst().orElse(null);
            if (row == null) {
                // The same draft makes the same id on every device, so synced metadata meets instead of doubling.
                UUID id = UUID.nameUUIDFromBytes(("draft-seo:" + draftId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                row = new SeoRecord(session.find(SeoRecord.class, id) == null ? id : org.scriptorium.core.store.Ids.newId(), draftId,
                        clock.instant(), deviceId);
                row.set(seo);
                session.persist(row);
            } else {
                row.set(seo);
                row.touch(clock.instant(), deviceId);
            }
        });
    }

    /**
     * Keeps the phrases people search for as a new draft's SEO keywords (from its topic's keyword research), with the
     * title ideas, description and slug the offline writer makes; nothing is asked of a model.
     */
    public SeoMetadata keepSearchedKeywords(UUID draftId, List<String> keywords) {
        DraftDocument draft = drafts.get(draftId);
        SeoMetadata offline = new org.scriptorium.core.writing.offline.OfflineWriter().seo(draft.title(), draft.body(), Progress.NONE);
        SeoMetadata seo = new SeoMetadata(offline.titleIdeas(), offline.metaDescription(), offline.slug(), List.copyOf(keywords));
        keep(draftId, seo);
        return seo;
    }

    public Optional<SeoMetadata> storedSeo(UUID draftId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from SeoRecord s where s.draftId = :draft and s.deletedAt is null order by s.id", SeoRecord.class)
                .setParameter("draft", draftId).getResultList().stream().findFirst().map(SeoRecord::metadata));
    }

    /**
     * A social post for a draft (or any text) on a platform: composed offline, or written by the model and then fitted
     * to the platform's rules (split into a thread where it has threads). The link goes at the end of the post.
     */
    public SocialPost social(String title, String markdown, Platform platform, String link, String providerName, Progress progress) {
        Optional<ModelWriter> model = modelWriter(providerName, null, null);
        SocialComposer composer = new SocialComposer();
        if (model.isEmpty()) {
            return composer.compose(platform, title, markdown, link);
        }
        PlatformRules rules = PlatformRules.of(platform);
        ModelWriter writer = model.get();
        String text = writer.social(title, markdown, platform.name().charAt(0) + platform.name().substring(1).toLowerCase(java.util.Locale.ROOT),
                rules.limit(), link == null ? "" : link, rules.maxHashtags(), progress).strip();
        List<String> parts = rules.fits(text) ? List.of(text)
                : rules.hasThreads() ? new ThreadSplitter(rules).split(text) : List.of(composer.compose(platform, title, text, link).parts().getFirst());
        List<String> hashtags = rules.hashtags(text);
        List<Issue> issues = new ArrayList<>();
        parts.forEach(p -> issues.addAll(composer.check(platform, p)));
        return new SocialPost(platform, parts, hashtags, link, issues);
    }

    /** The title and text of a web page, to write social posts from it; says why when it cannot be read. */
    public String[] readPage(String url) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("That is not a valid address: " + url + ".");
        }
        return switch (research.readArticle(uri)) {
            case org.scriptorium.core.research.feeds.ArticleOutcome.Article a when !a.article().text().isBlank() ->
                    new String[] {a.article().title() == null ? url : a.article().title(), a.article().text()};
            case org.scriptorium.core.research.feeds.ArticleOutcome.Article empty ->
                    throw new org.scriptorium.core.ScriptoriumException("No article text was found at " + url + ".");
            case org.scriptorium.core.research.feeds.ArticleOutcome.Failed failed -> throw new org.scriptorium.core.ScriptoriumException(failed.message());
        };
    }

    public Outline outline(UUID topicId, String providerName, TokenSink sink, Progress progress) {
        return assistant(providerName, null, topicId).outline(brief(topicId), sink, progress);
    }

    /** Outline, then the full draft, streamed into the sink; stored as a new draft only once it is complete. */
    public DraftDocument writeDraft(UUID topicId, String providerName, TokenSink sink, Progress progress) {
        java.time.Instant started = java.time.Instant.now();
        WritingBrief brief = brief(topicId);
        WritingAssistant writer = assistant(providerName, null, topicId);
        Outline outline = writer.outline(brief, TokenSink.NONE, progress);
        String body = writer.draft(brief, outline, sink, progress);
        progress.checkCancelled();
        DraftDocument draft = drafts.create(new NewDraft(outline.title(), body, DraftStatus.DRAFT, List.of("research", "written")));
        research.topics().advance(topicId, TopicStatus.DRAFTED);
        ledger.assignToDraft(topicId, started.minusSeconds(1), draft.id());
        return draft;
    }
}
