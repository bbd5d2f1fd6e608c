package org.scriptorium.core.research;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicSummary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hacker News and Reddit sources, research that also searches the web, cancelling, and the schedule. */
class ResearchBeyondFeedsTest {
    @TempDir
    Path dataDir;

    private Newsroom newsroom;
    private Studio studio;

    @BeforeEach
    void open() throws Exception {
        newsroom = new Newsroom();
        studio = TestStudios.open(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        if (studio != null) {
            studio.close();
        }
        newsroom.close();
    }

    @Test
    void hackerNewsAndRedditBringStoriesWithTheirPointsAndComments() {
        studio.settings().put(ResearchEngine.HACKER_NEWS_API_SETTING, newsroom.url("/hn/api/v1"));
        studio.close();
        studio = TestStudios.open(dataDir);
        ResearchEngine research = studio.research();
        research.sources().add(new NewSource("https://news.ycombinator.com/", SourceKind.HACKER_NEWS, null, SourceLabel.NONE, 30));
        research.sources().add(new NewSource(newsroom.url("/r/java"), SourceKind.REDDIT, null, SourceLabel.NONE, 30));

        List<PollResult> results = research.poller().poll(List.of(), Progress.NONE);

        assertThat(results).extracting(PollResult::status).containsOnly(PollResult.Status.OK);
        assertThat(results).extracting(PollResult::added).containsOnly(2);
        List<DocumentSummary> tideClock = research.documents().search("pendulum");
        assertThat(tideClock).singleElement().satisfies(d -> {
            assertThat(d.points()).isEqualTo(312);
            assertThat(d.comments()).isEqualTo(87);
        });
    }

    @Test
    void researchAlsoReadsWhatTheConfiguredWebSearchFindsAndSaysWhatItCouldNotRead() {
        ResearchEngine research = studio.research();
        research.setWebSearchAddress(newsroom.url("/searx"));
        TopicSummary topic = research.topics().create("Virtual threads on Java 25", null);

        var outcome = research.deepResearch().run(topic.id(), Progress.NONE);

        assertThat(outcome.report().report().sources()).extracting(ReportSource::url).contains(newsroom.url(Newsroom.WEB_GUIDE.path()));
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("/web/missing.html", "404"));
        assertThat(research.documents().search("carrier threads")).extracting(DocumentSummary::url)
                .containsExactly(newsroom.url(Newsroom.WEB_GUIDE.path()));
    }

    @Test
    void cancelledResearchKeepsNoReport() {
        ResearchEngine research = studio.research();
        newsroom.feedUrls().forEach(url -> research.sources().add(NewSource.of(url)));
        research.poller().poll(List.of(), Progress.NONE);
        research.discovery().discover(Progress.NONE);
        TopicSummary topic = research.topics().list(org.scriptorium.core.research.topics.TopicFilter.ALL).getFirst();
        AtomicBoolean cancel = new AtomicBoolean();
        Progress cancelling = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (fraction >= 0.05) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };

        assertThatThrownBy(() -> research.deepResearch().run(topic.id(), cancelling)).isInstanceOf(Progress.Cancelled.class);
        assertThat(research.reports().current(topic.id())).isEmpty();
        assertThat(research.topics().get(topic.id()).status()).isEqualTo(topic.status());
    }

    @Test
    void theJobsPollOnlyDueSourcesDiscoverOncePerDayAndTellWhoListens() {
        studio.close();
        TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.now());
        studio = Studio.open(dataDir, clock);
        ResearchEngine research = studio.research();
        newsroom.feedUrls().forEach(url -> research.sources().add(NewSource.of(url)));
        List<ResearchSchedule.Run> heard = new CopyOnWriteArrayList<>();
        research.schedule().addListener(heard::add);

        // A new studio's first minutes belong to the user.
        assertThat(studio.jobs().runDue()).doesNotContain(Studio.POLL_JOB, Studio.DISCOVERY_JOB);
        clock.advance(ResearchSchedule.POLL_EVERY);
        assertThat(studio.jobs().runDue()).contains(Studio.POLL_JOB, Studio.DISCOVERY_JOB);
        assertThat(heard).hasSize(2);
        assertThat(heard.getFirst().polled()).hasSize(3);
        assertThat(heard.getLast().discovered()).isPresent();
        assertThat(research.topics().list(org.scriptorium.core.research.topics.TopicFilter.ALL)).isNotEmpty();

        // Five minutes on, the poll job runs but no source is due, and discovery waits for tomorrow.
        clock.advance(ResearchSchedule.POLL_EVERY);
        assertThat(studio.jobs().runDue()).contains(Studio.POLL_JOB).doesNotContain(Studio.DISCOVERY_JOB);
        assertThat(heard).hasSize(2);

        clock.advance(ResearchSchedule.DISCOVERY_PERIOD);
        assertThat(studio.jobs().runDue()).contains(Studio.POLL_JOB, Studio.DISCOVERY_JOB);
        assertThat(heard).hasSize(4);
    }
}
