package org.scriptorium.app.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    Path dataDir;

    @Test
    void aPeriodsNumbersThePostsCurveAndTheBestTimesAppliedToTheQueue() throws Exception {
        var manual = new TestStudios.ManualClock(LocalDate.of(2027, 1, 4).atTime(8, 0).atZone(BERLIN).toInstant());
        // The user is in Berlin: days and hours are Berlin's.
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public ZoneId getZone() {
                return BERLIN;
            }

            @Override
            public java.time.Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return manual.instant();
            }
        };
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            var account = pds.connect(studio.publishing());
            // Three weeks of posts on Tuesday 09:05, Wednesday 12:05 and Thursday 17:05; Tuesday mornings do best.
            for (int week = 0; week < 3; week++) {
                for (int[] when : new int[][] {{1, 9}, {2, 12}, {3, 17}}) {
                    var at = LocalDate.of(2027, 1, 4).plusWeeks(week).plusDays(when[0]).atTime(when[1], 5).atZone(BERLIN).toInstant();
                    manual.advance(Duration.between(clock.instant(), at));
                    var post = studio.scheduling().publishNow(account, "Week " + week + ", day " + when[0], List.of());
                    String uri = studio.scheduling().posts().get(post.id()).platformPostId();
                    pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {when[0] == 1 ? 40 + week : 10, 2, 1, 0});
                }
            }
            manual.advance(Duration.ofHours(2));
            var model = new AnalyticsViewModel(studio.analytics(), studio.publishing(), studio.scheduling(), new DirectTaskRunner(), clock);

            model.refreshNow(); // reads all nine from the network, then shows the last 30 days
            var overview = model.overviewProperty().get();
            assertThat(overview.posts()).isEqualTo(9);
            assertThat(overview.reactions()).isEqualTo(40 + 41 + 42 + 6 * 10);
            assertThat(overview.engagement()).isEqualTo(overview.reactions() + 9 * 2 + 9);
            assertThat(overview.top().getFirst().text()).isEqualTo("Week 2, day 1"); // the best post first
            assertThat(overview.days()).hasSize(9).allSatisfy(d -> assertThat(d.posts()).isEqualTo(1));
            assertThat(overview.byNetwork()).singleElement().isEqualTo(new AnalyticsViewModel.NetworkTotal("Bluesky", 9, overview.engagement()));
            assertThat(model.bestTimesProperty().get()).isNull(); // every account: no best times to apply

            model.periodDaysProperty().set(7); // the last week only
            assertThat(model.overviewProperty().get().posts()).isEqualTo(3);

            model.selectedPostProperty().set(overview.top().getFirst());
            assertThat(model.curve()).singleElement().satisfies(s -> assertThat(s.counts().reactions()).isEqualTo(42L));

            model.periodDaysProperty().set(30);
            model.accountProperty().set(model.accounts().getFirst());
            assertThat(model.bestTimesProperty().get().slots(BERLIN)).isEqualTo("Tue 09:00");
            model.useBestTimesAsSlots();
            assertThat(studio.scheduling().slots(account.id())).hasValueSatisfying(s -> assertThat(s.spec()).isEqualTo("Tue 09:00"));
            assertThat(model.messageProperty().get()).contains("Tue 09:00");

            Path csv = dataDir.resolveSibling(dataDir.getFileName() + "-shown.csv");
            model.export(csv);
            assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(1 + 9).element(1).asString().contains(",measured,");
            assertThat(model.messageProperty().get()).isEqualTo("Wrote " + csv.getFileName() + ".");
        }
    }
}
