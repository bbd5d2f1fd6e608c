package org.scriptorium.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.documents.AddedDocument;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.ResearchReport;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicSummary;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Research across two studios and one PostgreSQL: sources, documents (searchable where they arrive), topics and reports. */
class SyncResearchTest {
    private static final Instant NOW = Instant.parse("2026-06-08T08:00:00Z");

    @RegisterExtension
    final SyncedStudios studios = new SyncedStudios("scriptorium_research", NOW);

    @Test
    void sourcesDocumentsTopicsAndReportsReachTheOtherDeviceAndTheSameArticleIsOneDocument() {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        var source = laptop.research().sources().add(new NewSource("https://blog.example/feed.xml", SourceKind.FEED, "Example blog",
                new SourceLabel("science", null, "en"), 60));
        IncomingDocument article = new IncomingDocument("post-1", "https://blog.example/posts/eclipse", "The eclipse over Lindqvist Observatory",
                "Ana", NOW, "A total eclipse", "The corona stood out over the observatory for two minutes.", "en", null, null);
        AddedDocument document = laptop.research().documents().add(source.id(), article);
        // The desktop's search index is open before anything arrives: what sync brings must still be found.
        assertThat(desktop.research().documents().search("corona")).isEmpty();
        // The desktop fetched the same article on its own, before it ever synced.
        assertThat(desktop.research().documents().add(null, article).id()).isEqualTo(document.id());
        TopicSummary topic = laptop.research().topics().create("Eclipse coverage", SourceLabel.NONE);
        laptop.research().reports().save(topic.id(), "eclipse", "offline", new ResearchReport("Two minutes of corona.", List.of("It was total"),
                List.of("When is the next one?"), List.of(new ReportSource(1, document.id(), article.url(), article.title(), "The corona", NOW))));
        SyncedStudios.sync(laptop, desktop, laptop);

        assertThat(desktop.research().sources().list()).extracting(s -> s.title()).containsExactly("Example blog");
        assertThat(desktop.research().documents().count()).isEqualTo(1);
        assertThat(desktop.research().documents().search("corona")).extracting(DocumentSummary::id).containsExactly(document.id());
        StoredReport report = desktop.research().reports().current(topic.id()).orElseThrow();
        assertThat(report.report().sources()).extracting(ReportSource::documentId).containsExactly(document.id());
        SyncTest.assertSameEverywhere(laptop, desktop);

        // A draft started from the topic on the laptop is known on the desktop as the topic's, and a second start replaces the link.
        var draft = laptop.research().topicDrafts().startDraft(topic.id());
        SyncedStudios.sync(laptop, desktop);
        assertThat(desktop.research().topics().draftTopics()).containsEntry(draft.id(), topic.id());
        TopicSummary other = desktop.research().topics().create("Eclipse photography", SourceLabel.NONE);
        desktop.research().topics().linkDraft(other.id(), draft.id());
        SyncedStudios.sync(desktop, laptop);
        assertThat(laptop.research().topics().draftTopics()).containsExactly(java.util.Map.entry(draft.id(), other.id()));

        // Both devices research the topic again while apart: both second versions are kept.
        studios.clock.advance(Duration.ofMinutes(5));
        ResearchReport again = new ResearchReport("Again.", List.of(), List.of(), List.of());
        laptop.research().reports().save(topic.id(), "eclipse 2", "offline", again);
        desktop.research().reports().save(topic.id(), "eclipse 2", "offline", again);
        desktop.research().sources().setEnabled(source.id(), false);
        laptop.research().topics().rename(topic.id(), "Eclipse coverage, June");
        SyncedStudios.sync(laptop, desktop, laptop);
        assertThat(laptop.research().reports().history(topic.id())).hasSize(3);
        assertThat(laptop.research().sources().get(source.id()).enabled()).isFalse();
        assertThat(desktop.research().topics().get(topic.id()).title()).isEqualTo("Eclipse coverage, June");
        SyncTest.assertSameEverywhere(laptop, desktop);
        assertThat(laptop.sync().syncNow(Progress.NONE).pushed()).isZero();
    }

    @Test
    void anAiProviderArrivesWithItsKeySealedAndTheServerNeverSeesTheKey() throws SQLException {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        String key = "sk-live-provider-key-0451";
        laptop.writing().providers().add("openrouter", org.scriptorium.core.writing.providers.ProviderType.OPENAI_COMPATIBLE,
                "https://openrouter.example/api/v1", "some-model", key);
        laptop.writing().providers().setDefault(org.scriptorium.core.writing.providers.ProviderRegistry.Task.WRITING, "openrouter");
        SyncedStudios.sync(laptop, desktop);

        var provider = desktop.writing().providers().get("openrouter");
        assertThat(desktop.writing().providers().config(provider).apiKey()).isEqualTo(key);
        assertThat(desktop.writing().providers().defaultFor(org.scriptorium.core.writing.providers.ProviderRegistry.Task.WRITING)).map(p -> p.name()).contains("openrouter");
        assertThat(studios.hub().everyRowAsText()).contains("openrouter").doesNotContain(key);
        assertThat(desktop.sync().syncNow(Progress.NONE).pushed()).as("the same key is the same record").isZero();

        laptop.writing().providers().remove("openrouter");
        SyncedStudios.sync(laptop, desktop);
        assertThat(desktop.writing().providers().find("openrouter")).isEmpty();
    }

    @Test
    void thePriceTableIsOneTableOnEveryDeviceEvenWhenBothWroteAPriceForOneModel() {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        int defaults = laptop.usage().prices().size();
        desktop.usage().prices();
        laptop.usage().setPrice(org.scriptorium.core.writing.usage.ModelPrice.of("my-model", "1.00", "2.00", "0"));
        // Both remove a default price and then price that model again, each on its own: two rows for one model.
        laptop.usage().removePrice("gpt-4o");
        laptop.usage().setPrice(org.scriptorium.core.writing.usage.ModelPrice.of("gpt-4o", "2.00", "9.00", "0"));
        desktop.usage().removePrice("gpt-4o");
        desktop.usage().setPrice(org.scriptorium.core.writing.usage.ModelPrice.of("gpt-4o", "2.25", "9.50", "0"));
        SyncedStudios.sync(laptop, desktop, laptop, desktop);

        assertThat(desktop.usage().prices()).hasSize(defaults + 1);
        assertThat(laptop.usage().prices()).hasSize(defaults + 1);
        assertThat(laptop.usage().priceFor("gpt-4o")).isEqualTo(desktop.usage().priceFor("gpt-4o"));
        assertThat(desktop.usage().priceFor("my-model-large")).map(p -> p.inputPerMillion().toPlainString()).contains("1.000000");

        // A draft's search metadata, written on both devices while apart, is one on both.
        var draft = laptop.drafts().create(new org.scriptorium.core.drafts.NewDraft("Eclipse notes", "The corona over the observatory.\n",
                null, List.of()));
        SyncedStudios.sync(laptop, desktop);
        laptop.writing().writing().seo(draft.id(), "offline", Progress.NONE);
        desktop.writing().writing().seo(draft.id(), "offline", Progress.NONE);
        SyncedStudios.sync(laptop, desktop, laptop);
        assertThat(desktop.writing().writing().storedSeo(draft.id())).isEqualTo(laptop.writing().writing().storedSeo(draft.id())).isPresent();

        // What each device spent counts on both: the monthly budget is the account's.
        org.scriptorium.core.writing.usage.AiCall call = new org.scriptorium.core.writing.usage.AiCall("openrouter", "my-model-large", "write",
                1_000_000, 0, 0, Duration.ofSeconds(2), org.scriptorium.core.writing.usage.AiCall.Outcome.OK, null, null);
        laptop.usage().record(call, false);
        desktop.usage().record(call, false);
        SyncedStudios.sync(laptop, desktop, laptop);
        java.time.YearMonth june = java.time.YearMonth.of(2026, 6);
        assertThat(org.scriptorium.core.writing.usage.UsageLedger.total(desktop.usage().month(june))).isEqualByComparingTo("2.00");
        assertThat(org.scriptorium.core.writing.usage.UsageLedger.total(laptop.usage().month(june))).isEqualByComparingTo("2.00");
        SyncTest.assertSameEverywhere(laptop, desktop);
    }

}
