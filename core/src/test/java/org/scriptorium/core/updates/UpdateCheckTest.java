package org.scriptorium.core.updates;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asking the release feed (GitHub's releases.atom, served locally): what is told, what is kept, and how often it asks. */
class UpdateCheckTest {
    private static final Duration SHORT = Duration.ofMillis(500);

    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2027-01-08T09:17:00Z"));
    private final FakeReleaseFeed feed = new FakeReleaseFeed();
    private Studio studio;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        studio.close();
        feed.close();
    }

    private UpdateCheck running(String version) {
        UpdateCheck check = new UpdateCheck(studio.settings(), clock, version, SHORT);
        check.setFeed(feed.url());
        return check;
    }

    @Test
    void aNewerReleaseIsFoundWithItsPageAndTheRequestNamesOnlyTheApp() throws InterruptedException {
        UpdateStatus status = running("1.2.0").checkNow();

        assertThat(status.newer()).isTrue();
        assertThat(status.latest().orElseThrow().version()).hasToString("1.3.0"); // not the release candidate, not "nightly"
        assertThat(status.latest().orElseThrow().page()).isEqualTo(URI.create(FakeReleaseFeed.V130_PAGE));
        assertThat(status.describe()).isEqualTo("Scriptorium 1.3.0 is available (this is 1.2.0).");
        RecordedRequest request = feed.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().query()).isNull();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("Scriptorium/1.2.0");
        assertThat(request.getHeaders().names()).containsOnly("Host", "Connection", "Accept-Encoding", "User-Agent", "Accept");
    }

    @Test
    void theSameVersionOrALaterOneRunningHearsItIsUpToDate() {
        UpdateStatus same = running("1.3.0").checkNow();
        assertThat(same.newer()).isFalse();
        assertThat(same.describe()).isEqualTo("Scriptorium 1.3.0 is up to date; the latest release is 1.3.0.");

        assertThat(running("1.3.1").checkNow().newer()).isFalse();
        assertThat(running("1.3.0-rc.3").checkNow().newer()).as("a release candidate of a version out since").isTrue();
    }

    @Test
    void preReleasesCountOnlyForWhoRunsOne() {
        assertThat(running("1.3.0").checkNow().latest().orElseThrow().version()).hasToString("1.3.0");

        UpdateStatus testing = running("1.4.0-SNAPSHOT").checkNow();
        assertThat(testing.newer()).isTrue();
        assertThat(testing.latest().orElseThrow().tag()).isEqualTo("v1.4.0-rc.1");
    }

    @Test
    void aFailedCheckSaysWhyAndKeepsWhatWasKnown() {
        UpdateCheck check = running("1.2.0");
        check.checkNow();
        String bigFeed = FakeReleaseFeed.fixture().replace("<title>v1.2.0</title>", "<title>v1.2.0</title><!--" + "x".repeat(ReleaseFeed.MOST_BYTES) + "-->");

        assertFailure(check, new MockResponse.Builder().code(500).body("Internal Server Error").build(), "answered 500.");
        assertFailure(check, new MockResponse.Builder().code(404).build(), "answered 404 (no such feed).");
        assertFailure(check, FakeReleaseFeed.atom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>v1.3.0</entry></feed>"), "is broken XML");
        assertFailure(check, FakeReleaseFeed.atom("<html><body>Sign in to the hotel wifi</body></html>"), "is a web page, not a feed");
        assertFailure(check, FakeReleaseFeed.atom(bigFeed), "sent more than 2 MB");
        assertFailure(check, FakeReleaseFeed.releases().newBuilder().headersDelay(3, TimeUnit.SECONDS).build(), "did not answer within 500 ms");
    }

    private void assertFailure(UpdateCheck check, MockResponse answer, String why) {
        feed.answer(answer);
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(check::checkNow).isInstanceOf(UpdateCheckFailed.class).hasMessageStartingWith("Could not check for updates: ").hasMessageContaining(why);
        LastCheck last = check.lastCheck().orElseThrow();
        assertThat(last.latest().orElseThrow().version()).hasToString("1.3.0");
        assertThat(last.failure()).hasValueSatisfying(failure -> assertThat(failure).contains(why));
        assertThat(last.at()).isEqualTo(clock.instant());
    }

    @Test
    void onItsOwnTheAppAsksAtMostOnceADayAndRemembersTheAnswerAcrossARestart() {
        assertThat(running("1.2.0").checkIfDue().orElseThrow().newer()).isTrue();
        assertThat(feed.requests()).isEqualTo(1);

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        studio.close();
        studio = Studio.open(dataDir, clock);
        UpdateStatus remembered = running("1.2.0").checkIfDue().orElseThrow();
        assertThat(remembered.newer()).isTrue();
        assertThat(remembered.latest().orElseThrow().version()).hasToString("1.3.0");
        assertThat(feed.requests()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        running("1.2.0").checkIfDue();
        assertThat(feed.requests()).isEqualTo(2);
    }

    @Test
    void aFailedAutomaticCheckIsQuietAndTriedAgainADayLater() {
        feed.answer(new MockResponse.Builder().code(503).build());
        UpdateCheck check = running("1.2.0");

        assertThat(check.checkIfDue()).hasValueSatisfying(status -> assertThat(status.latest()).isEmpty());
        clock.advance(Duration.ofHours(12));
        feed.answer(FakeReleaseFeed.releases());
        assertThat(check.checkIfDue().orElseThrow().newer()).isFalse();
        assertThat(feed.requests()).isEqualTo(1);

        clock.advance(Duration.ofHours(12));
        assertThat(check.checkIfDue().orElseThrow().newer()).isTrue();
        assertThat(feed.requests()).isEqualTo(2);
    }

    @Test
    void turnedOffTheAppNeverAsks() {
        UpdateCheck check = running("1.2.0");
        check.setAutomatic(false);

        for (int day = 0; day < 3; day++) {
            assertThat(check.checkIfDue()).isEmpty();
            clock.advance(Duration.ofDays(1));
        }
        assertThat(feed.requests()).isZero();
        assertThat(new UpdateCheck(studio.settings(), clock, "1.2.0").automatic()).isFalse();
    }

    @Test
    void theFeedIsTheProjectsUnlessAWebAddressIsSet() {
        UpdateCheck check = new UpdateCheck(studio.settings(), clock, "1.2.0");
        assertThat(check.feed()).isEqualTo(UpdateCheck.DEFAULT_FEED);

        assertThatThrownBy(() -> check.setFeed("file:///etc/passwd")).isInstanceOf(InvalidInput.class).hasMessageContaining("http or https");
        check.setFeed("https://mirror.example/releases.atom");
        assertThat(check.feed()).isEqualTo(URI.create("https://mirror.example/releases.atom"));
        check.setFeed("");
        assertThat(check.feed()).isEqualTo(UpdateCheck.DEFAULT_FEED);
    }
}
