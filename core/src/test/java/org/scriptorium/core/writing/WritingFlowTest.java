package org.scriptorium.core.writing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.providers.ProviderType;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From a researched topic to a written draft, offline and through an OpenAI-compatible server, with its cost. */
class WritingFlowTest {
    @TempDir
    Path dataDir;

    private Newsroom newsroom;
    private FakeOpenAiServer model;
    private Studio studio;
    private TopicSummary topic;

    @BeforeEach
    void researchATopic() throws Exception {
        newsroom = new Newsroom();
        model = new FakeOpenAiServer();
        studio = TestStudios.open(dataDir);
        var research = studio.research();
        newsroom.feedUrls().forEach(url -> research.sources().add(NewSource.of(url)));
        research.poller().poll(List.of(), Progress.NONE);
        research.discovery().discover(Progress.NONE);
        topic = research.topics().list(TopicFilter.ALL).getFirst();
        research.deepResearch().run(topic.id(), Progress.NONE);
    }

    @AfterEach
    void close() throws Exception {
        studio.close();
        model.close();
        newsroom.close();
    }

    @Test
    void withNoProviderTheOfflineEngineWritesADraftWhoseCitationsAllResolve() {
        StringBuilder streamed = new StringBuilder();

        DraftDocument draft = studio.writing().writing().writeDraft(topic.id(), null, streamed::append, Progress.NONE);

        assertThat(draft.body()).contains("## References").isEqualTo(streamed.toString());
        var references = studio.research().reports().current(topic.id()).orElseThrow().report().sources();
        assertThat(Citations.cited(draft.body())).isNotEmpty()
                .isSubsetOf(references.stream().map(s -> s.number()).toList());
        assertThat(studio.usage().month(studio.usage().thisMonth())).isEmpty();
    }

    @Test
    void aConfiguredModelStreamsTheDraftItsInventedCitationsAreDroppedAndTheCallsAreCosted() {
        ProviderRegistry providers = studio.writing().providers();
        providers.add("fake", ProviderType.OPENAI_COMPATIBLE, model.baseUrl(), "gpt-4o-mini", "test-key");
        providers.setDefault(ProviderRegistry.Task.WRITING, "fake");
        StringBuilder streamed = new StringBuilder();

        DraftDocument draft = studio.writing().writing().writeDraft(topic.id(), null, streamed::append, Progress.NONE);

        assertThat(streamed.toString()).startsWith("# Virtual threads, one release later").contains("Part 6");
        assertThat(draft.title()).isEqualTo("Virtual threads, one release later");
        assertThat(draft.body()).contains("[1]", "[2]", "## References").doesNotContain("[9]");
        assertThat(model.prompts()).anySatisfy(p -> assertThat(p).contains(topic.title()));
        var calls = studio.usage().forDraft(draft.id());
        assertThat(calls).extracting(c -> c.purpose()).containsExactly("outline", "draft");
        // 1,200 in x 0.15/1M + 800 out x 0.60/1M per call, two calls
        assertThat(UsageLedger.total(calls)).isEqualByComparingTo("0.00132");
        assertThat(calls).allSatisfy(c -> assertThat(c.model()).isEqualTo("gpt-4o-mini-2024-07-18"));
    }

    @Test
    void anOllamaRunningOnThisMachineWritesDraftsAndPostsWhenNoDefaultIsChosenUnlessOfflineWasChosen() throws Exception {
        try (var ollama = new mockwebserver3.MockWebServer()) {
            ollama.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                    if (request.getTarget().equals("/api/tags")) {
                        return new mockwebserver3.MockResponse.Builder().body("{\"models\":[{\"name\":\"llama3.1:8b\"}]}").build();
                    }
                    return new mockwebserver3.MockResponse.Builder().body(
                            "{\"model\":\"llama3.1:8b\",\"message\":{\"role\":\"assistant\",\"content\":\"# Local title\\n\\n## One\\n- a point [1]\\n\"},\"done\":false}\n"
                                    + "{\"model\":\"llama3.1:8b\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"prompt_eval_count\":50,\"eval_count\":12,\"done_reason\":\"stop\"}\n").build();
                }
            });
            ollama.start();
            String before = System.getProperty("scriptorium.ollama-probe");
            System.setProperty("scriptorium.ollama-probe", ollama.url("/").toString().replaceAll("/$", ""));
            try {
                var writing = studio.writing().writing();
                assertThat(writing.defaultWriterName()).isEqualTo("Ollama · llama3.1:8b");
                assertThat(writing.outline(topic.id(), null, t -> { }, Progress.NONE).title()).isEqualTo("Local title");
                assertThat(studio.usage().month(studio.usage().thisMonth())).singleElement()
                        .satisfies(c -> assertThat(c.costUsd()).isEqualByComparingTo("0"));
                var post = writing.social("Grid", "Crews are booked out until spring.", org.scriptorium.core.writing.social.Platform.MASTODON,
                        null, null, Progress.NONE);
                assertThat(post.parts().getFirst()).contains("Local title"); // social posts come from the same local model
                assertThat(studio.usage().month(studio.usage().thisMonth())).hasSize(2);

                studio.writing().providers().chooseOffline(ProviderRegistry.Task.WRITING);
                assertThat(writing.defaultWriterName()).isEqualTo("the offline engine");
            } finally {
                System.setProperty("scriptorium.ollama-probe", before == null ? "off" : before);
            }
        }
    }

    @Test
    void theKeyIsKeptOutOfTheDatabaseAndABadKeyIsSaidPlainly() throws Exception {
        ProviderRegistry providers = studio.writing().providers();
        providers.add("wrong", ProviderType.OPENAI_COMPATIBLE, model.baseUrl(), "gpt-4o-mini", "sk-not-the-right-one");

        assertThatThrownBy(() -> studio.writing().writing().outline(topic.id(), "wrong", t -> { }, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.BAD_KEY))
                .hasMessageContaining("wrong").hasMessageNotContaining("sk-not");
        studio.close();
        try (var files = Files.walk(dataDir.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("sk-not-the-right-one");
            }
        }
        studio = TestStudios.open(dataDir);
    }
}
