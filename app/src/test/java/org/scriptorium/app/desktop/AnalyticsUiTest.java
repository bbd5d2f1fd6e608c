package org.scriptorium.app.desktop;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.chart.LineChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** The Analytics area as a user goes through it: a period, an account, a post's curve, and its best times made its posting slots. */
class AnalyticsUiTest extends WindowTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    static Path dataDir;
    private FakePds pds;

    @AfterEach
    void stopServer() {
        if (pds != null) {
            pds.close();
        }
    }

    @Test
    void openThePeriodsAPostsCurveAndApplyTheBestTimesToTheQueue() throws Exception {
        pds = new FakePds();
        // The three weeks before the window's "now": posts on Tuesday 09:05, Wednesday 12:05 and Thursday 17:05; Tuesdays do best.
        var manual = new TestStudios.ManualClock(LocalDate.of(2026, 12, 21).atStartOfDay(BERLIN).toInstant());
        Clock seeding = new Clock() {
            @Override
            public ZoneId getZone() {
                return BERLIN;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return manual.instant();
            }
        };
        try (Studio studio = Studio.open(dataDir, seeding)) {
            var account = pds.connect(studio.publishing());
            // The Tuesday posts come from a draft started on a topic.
            var topic = studio.research().topics().create("Harbour cranes at night", null);
            var draft = studio.research().topicDrafts().startDraft(topic.id());
            for (int week = 0; week < 3; week++) {
                for (int[] when : new int[][] {{1, 9}, {2, 12}, {3, 17}}) {
                    var at = LocalDate.of(2026, 12, 21).plusWeeks(week).plusDays(when[0]).atTime(when[1], 5).atZone(BERLIN).toInstant();
                    manual.advance(Duration.between(manual.instant(), at));
                    var post = when[0] == 1 ? studio.scheduling().plan(account, draft.id(), "Week " + week + ", day " + when[0], List.of(), null, null)
                            : studio.scheduling().publishNow(account, "Week " + week + ", day " + when[0], List.of());
                    if (when[0] == 1) {
                        studio.scheduling().sendNow(post.id());
                        studio.scheduling().engine().tick();
                    }
                    String uri = studio.scheduling().posts().get(post.id()).platformPostId();
                    pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {when[0] == 1 ? 40 : 10, 2, 1, 0});
                }
            }
            manual.advance(Duration.ofHours(2));
            assertThat(studio.analytics().refresh(null, false, () -> false).measured()).isEqualTo(9);
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\"}");
        launch(dataDir);

        robot.clickOn("#navAnalytics");
        waitFor(() -> totals().startsWith("9 posts"));
        robot.clickOn("#period7");
        waitFor(() -> totals().startsWith("3 posts")); // since Jan 1: the last week's three
        robot.clickOn("#period30");
        waitFor(() -> totals().startsWith("9 posts"));

        robot.interact(() -> robot.lookup("#analyticsAccount").<ComboBox<Object>>query().getSelectionModel().select(1));
        waitFor(() -> robot.lookup("#bestTimesSaid").tryQuery().isPresent()
                && robot.lookup("#bestTimesSaid").queryLabeled().getText().startsWith("Best: Tue 09:00"));

        robot.interact(() -> robot.lookup("#analyticsTopPosts").<TableView<Object>>query().getSelectionModel().selectFirst());
        waitFor(() -> onFx(() -> robot.lookup("#analyticsCurve").<LineChart<String, Number>>query().getTitle()).endsWith("over time"));
        assertThat(onFx(() -> robot.lookup("#analyticsCurve").<LineChart<String, Number>>query().getData().getFirst().getData()))
                .singleElement().satisfies(point -> assertThat(point.getYValue()).isEqualTo(40L));

        // What the topic's posts did together: three Tuesday posts of 40 reactions, 2 comments and 1 share.
        robot.clickOn("By topic");
        waitFor(() -> onFx(() -> robot.lookup("#analyticsByTopic").<TableView<org.scriptorium.app.analytics.WorkResults.Row>>query().getItems())
                .stream().anyMatch(r -> r.title().equals("Harbour cranes at night") && r.posts() == 3 && r.engagement() == 3 * 43));
        robot.clickOn("Top posts");

        // Down the page, as a user scrolls, to the heatmap and its button.
        robot.interact(() -> robot.lookup(".analytics-view .scroll-pane").<javafx.scene.control.ScrollPane>query().setVvalue(1));
        robot.clickOn("#useBestTimes");
        waitFor(() -> robot.lookup(".notice-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("are now Tue 09:00")));
    }

    private String totals() throws Exception {
        return onFx(() -> robot.lookup("#analyticsTotals").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()).orElse(""));
    }
}
