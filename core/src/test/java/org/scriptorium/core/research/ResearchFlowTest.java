package org.scriptorium.core.research;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.deep.DeepResearch;
import org.scriptorium.core.research.rank.InstalledEmbedder;
import org.scriptorium.core.research.rank.Stage;
import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.ResearchReport;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourceSummary;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The research flow end to end against a loopback news world: sources, polling, topics, cited research, a draft. */
class ResearchFlowTest {
    @TempDir
    Path dataDir;

    private Newsroom newsroom;
    private Studio studio;
    private ResearchEngine research;

    @BeforeEach
    void open() throws Exception {
        newsroom = new Newsroom();
        studio = TestStudios.open(dataDir);
        research = studio.research();
    }

    @AfterEach
    void close() throws Exception {
        if (studio != null) {
            studio.close();
        }
        newsroom.close();
    }

    private List<UUID> addFeeds() {
        List<UUID> ids = new ArrayList<>();
        for (String url : newsroom.feedUrls()) {
            ids.add(research.sources().add(NewSource.of(url)).id());
        }
        return ids;
    }

    @Test
    void pollingStoresEachStoryOnceAndGroupsTheSyndicatedCopy() {
        addFeeds();
        List<PollResult> first = research.poller().poll(List.of(), Progress.NONE);

        assertThat(first).extracting(PollResult::status).containsOnly(PollResult.Status.OK);
        assertThat(first.stream().mapToInt(PollResult::added).sum()).isEqualTo(5);
        assertThat(first.stream().mapToInt(PollResult::nearDuplicates).sum()).isEqualTo(1);
        assertThat(research.documents().count()).isEqualTo(6);
        assertThat(research.sources().list()).extracting(SourceSummary::title)
                .containsExactlyInAnyOrder("Tech Blog", "Wire Service", "Analysis Weekly");

        // The feeds answer 304 to the ETag they gave: nothing is fetched twice, nothing stored twice.
        List<PollResult> second = research.poller().poll(List.of(), Progress.NONE);
        assertThat(second).extracting(PollResult::status).containsOnly(PollResult.Status.NOT_MODIFIED);
        assertThat(research.documents().count()).isEqualTo(6);
        assertThat(research.sources().list()).allSatisfy(s -> assertThat(s.health().successCount()).isEqualTo(2));

        assertThat(research.documents().search("bike lanes")).extracting(d -> d.title())
                .contains("City council approves protected bike lanes downtown", "Downtown bike lanes win council vote after long debate");
    }

    @Test
    void badSourcesEachGetTheirOwnErrorAndTheOthersStillPoll() {
        addFeeds();
        UUID gone = research.sources().add(NewSource.of(newsroom.url("/gone/feed.xml"))).id();
        UUID broken = research.sources().add(NewSource.of(newsroom.url("/broken/feed.xml"))).id();
        UUID busy = research.sources().add(NewSource.of(newsroom.url("/busy/feed.xml"))).id();

        List<PollResult> results = research.poller().poll(List.of(), Progress.NONE);

        PollResult brokenResult = results.stream().filter(r -> r.sourceId().equals(broken)).findFirst().orElseThrow();
        assertThat(brokenResult.status()).isEqualTo(PollResult.Status.FAILED);
        assertThat(research.sources().get(broken).health().lastError()).isEqualTo(brokenResult.error()).isNotBlank();
        assertThat(research.sources().get(broken).enabled()).isTrue();
        assertThat(research.sources().get(busy).health().retryAfter()).isAfter(java.time.Instant.now().plusSeconds(500));
        // Asked to wait, the busy source is left alone until then.
        assertThat(research.poller().poll(List.of(busy), Progress.NONE)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(PollResult.Status.SKIPPED));

        PollResult goneResult = results.stream().filter(r -> r.sourceId().equals(gone)).findFirst().orElseThrow();
        assertThat(goneResult.status()).isEqualTo(PollResult.Status.DISABLED);
        assertThat(goneResult.error()).containsIgnoringCase("gone");
        SourceSummary after = research.sources().get(gone);
        assertThat(after.enabled()).isFalse();
        assertThat(after.health().failureCount()).isEqualTo(1);
        assertThat(results.stream().filter(r -> !List.of(gone, broken, busy).contains(r.sourceId()))).extracting(PollResult::status)
                .containsOnly(PollResult.Status.OK);
        assertThat(research.documents().count()).isEqualTo(6);
    }

    @Test
    void discoveryRanksTheStoryManySourcesCoverFirst() {
        addFeeds();
        research.poller().poll(List.of(), Progress.NONE);

        research.discovery().discover(Progress.NONE);
        List<TopicSummary> board = research.topics().list(TopicFilter.ALL);

        assertThat(board).isNotEmpty();
        TopicSummary top = board.getFirst();
        assertThat(top.title().toLowerCase(java.util.Locale.ROOT)).containsAnyOf("java", "virtual thread");
        assertThat(top.measures().sourceCount()).isEqualTo(3);
        assertThat(top.status()).isEqualTo(TopicStatus.DISCOVERED);
        TopicSummary bikes = board.stream().filter(t -> t.title().toLowerCase(java.util.Locale.ROOT).contains("bike")).findFirst().orElseThrow();
        assertThat(bikes.measures().sourceCount()).isEqualTo(2);
        assertThat(top.measures().score()).isGreaterThan(bikes.measures().score());

        // A second run recognises the same stories instead of adding them again.
        research.discovery().discover(Progress.NONE);
        assertThat(research.topics().list(TopicFilter.ALL)).hasSameSizeAs(board);
    }

    @Test
    void researchWritesAReportWhoseEveryCitationIsAFetchedSourceAndADraftCarriesThem() {
        addFeeds();
        research.poller().poll(List.of(), Progress.NONE);
        research.discovery().discover(Progress.NONE);
        TopicSummary topic = research.topics().list(TopicFilter.ALL).getFirst();

        DeepResearch.Outcome outcome = research.deepResearch().run(topic.id(), Progress.NONE);
        ResearchReport report = outcome.report().report();

        assertThat(report.summary()).isNotBlank();
        assertThat(report.sources()).isNotEmpty();
        // Core alone has no embedder: the sources are ranked by their words, and research says why.
        assertThat(outcome.rankedBy()).containsExactly(Stage.BM25);
        assertThat(outcome.warnings()).contains(InstalledEmbedder.NOT_INSTALLED);
        Set<Integer> numbers = report.sources().stream().map(ReportSource::number).collect(Collectors.toSet());
        List<String> claims = new ArrayList<>(report.keyPoints());
        claims.add(report.summary());
        claims.addAll(report.openQuestions());
        for (String claim : claims) {
            assertThat(Citations.cited(claim)).as(claim).isNotEmpty().isSubsetOf(numbers);
        }
        assertThat(report.sources()).allSatisfy(s -> assertThat(newsroom.requested()).contains(java.net.URI.create(s.url()).getPath()));
        assertThat(report.toMarkdown()).contains("Virtual threads", "## Sources");
        assertThat(research.topics().get(topic.id()).status()).isEqualTo(TopicStatus.RESEARCHED);

        research.deepResearch().run(topic.id(), Progress.NONE);
        assertThat(research.reports().history(topic.id())).extracting(r -> r.version()).containsExactly(2, 1);

        DraftDocument draft = research.topicDrafts().startDraft(topic.id());
        assertThat(draft.title()).isEqualTo(topic.title());
        assertThat(draft.body()).contains("## References");
        for (ReportSource s : report.sources()) {
            assertThat(draft.body()).contains(s.number() + ". [").contains(s.url());
        }
        assertThat(Citations.cited(draft.body())).isSubsetOf(numbers);
        assertThat(research.topics().get(topic.id()).status()).isEqualTo(TopicStatus.DRAFTED);
        assertThat(studio.drafts().get(draft.id()).tags()).contains("research");
    }

    @Test
    void researchOnAnEmptyStudioSaysWhatIsMissingAndStoresNothing() {
        TopicSummary topic = research.topics().create("Quantum gardening", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> research.deepResearch().run(topic.id(), Progress.NONE))
                .hasMessageContaining("nothing to research");
        assertThat(research.reports().current(topic.id())).isEmpty();
        assertThat(research.topics().get(topic.id()).status()).isEqualTo(TopicStatus.VALIDATED);
    }
}
