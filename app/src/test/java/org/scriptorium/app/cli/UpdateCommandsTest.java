package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.updates.FakeReleaseFeed;
import org.scriptorium.core.updates.ReleaseVersion;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code update check} against a local release feed, and the update settings as config and doctor show them. */
class UpdateCommandsTest {
    @TempDir
    Path dataDir;
    private final FakeReleaseFeed feed = new FakeReleaseFeed();
    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(dataDir);
    }

    @AfterEach
    void close() {
        feed.close();
    }

    /** A release one major version above the one running, whatever the project's version is today. */
    private static String nextMajorTag() {
        return "v" + (ReleaseVersion.parse(AppVersion.current()).orElseThrow().major() + 1) + ".0.0";
    }

    @Test
    void updateCheckPrintsThisVersionTheLatestAndItsPage() {
        String tag = nextMajorTag();
        feed.answer(FakeReleaseFeed.only(tag));
        assertThat(cli.run("config", "set", "update-feed", feed.url()).exitCode()).isZero();
        assertThat(cli.run("config", "set", "update-checks", "off").exitCode()).as("a check by hand asks all the same").isZero();

        Result check = cli.run("update", "check", "--json");

        assertThat(check.exitCode()).as(check.err()).isZero();
        JsonNode json = check.json();
        assertThat(json.get("current").asText()).isEqualTo(AppVersion.current());
        assertThat(json.get("latest").asText()).isEqualTo(tag.substring(1));
        assertThat(json.get("tag").asText()).isEqualTo(tag);
        assertThat(json.get("url").asText()).isEqualTo(FakeReleaseFeed.page(tag));
        assertThat(json.get("newer").asBoolean()).isTrue();
        assertThat(json.get("feed").asText()).isEqualTo(feed.url());

        Result text = cli.run("update", "check");
        assertThat(text.outLines()).containsExactly("Scriptorium " + tag.substring(1) + " is available (this is " + AppVersion.current() + ").",
                "What's new: " + FakeReleaseFeed.page(tag));
        assertThat(feed.requests()).isEqualTo(2);

        JsonNode doctor = cli.run("doctor", "--json").json().get("updates");
        assertThat(doctor.get("automatic").asBoolean()).isFalse();
        assertThat(doctor.get("feed").asText()).isEqualTo(feed.url());
        assertThat(doctor.get("lastCheck").get("latest").asText()).isEqualTo(tag.substring(1));
        assertThat(doctor.get("lastCheck").get("failure").isNull()).isTrue();
    }

    @Test
    void aFeedThatCannotBeReadFailsWithOneClearLine() {
        cli.run("config", "set", "update-feed", feed.url());
        feed.answer(new MockResponse.Builder().code(500).body("Internal Server Error").build());

        Result check = cli.run("update", "check", "--json");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).matches("scriptorium: Could not check for updates: \\S+ answered 500\\.\n");
        assertThat(cli.run("doctor", "--json").json().get("updates").get("lastCheck").get("failure").asText()).endsWith("answered 500.");
    }

    @Test
    void theUpdateSettingsTakeOnlyWhatTheyUnderstand() {
        JsonNode defaults = cli.run("config", "show", "--json").json();
        assertThat(defaults.get("update-checks").asText()).isEqualTo("on");
        assertThat(defaults.get("update-feed").asText()).isEqualTo("https://github.com/scriptorium-studio/scriptorium/releases.atom");
        assertThat(cli.run("doctor", "--json").json().get("updates").get("lastCheck").isNull()).isTrue();

        Result notAWebAddress = cli.run("config", "set", "update-feed", "file:///etc/passwd");
        assertThat(notAWebAddress.exitCode()).isEqualTo(2);
        assertThat(notAWebAddress.err()).contains("The update feed is an http or https address");
        Result maybe = cli.run("config", "set", "update-checks", "weekly");
        assertThat(maybe.exitCode()).isEqualTo(2);
        assertThat(maybe.err()).contains("Update checks are on or off; got \"weekly\".");
        assertThat(cli.run("config", "show").out()).contains("update-checks = on\n");
    }
}
