package org.scriptorium.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.Studio;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Desktop notifications of failed posts, turned off and on again from the command line. */
class NotificationSettingTest {
    @TempDir
    Path dataDir;

    @Test
    void notificationsAreOnUntilTurnedOffAndOnlyOnOrOffIsAccepted() {
        CliRunner cli = new CliRunner(dataDir);
        assertThat(cli.run("config", "show", "--json").json().get("notifications").asText()).isEqualTo("on");

        Result off = cli.run("config", "set", "notifications", "off");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).isEqualTo("notifications = off\n");
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.scheduling().alerts().desktopNotifications()).isFalse(); // what the window reads
        }

        Result maybe = cli.run("config", "set", "notifications", "sometimes");
        assertThat(maybe.exitCode()).isEqualTo(2);
        assertThat(maybe.err()).contains("Desktop notifications are on or off; got \"sometimes\".");
        assertThat(cli.run("config", "show").out()).contains("notifications = off");

        assertThat(cli.run("config", "set", "notifications", "on").exitCode()).isZero();
        assertThat(cli.run("config", "show", "--json").json().get("notifications").asText()).isEqualTo("on");
    }
}
