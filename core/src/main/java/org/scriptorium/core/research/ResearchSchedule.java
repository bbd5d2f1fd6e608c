package org.scriptorium.core.research;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourcePoller;
import org.scriptorium.core.research.topics.TopicDiscovery;
import org.scriptorium.core.settings.SettingsRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What runs on its own while the app is open: sources whose interval has passed are polled, and topic
 * discovery runs once per period (daily by default) when there is something new to discover from.
 */
public final class ResearchSchedule {
    public static final Duration DISCOVERY_PERIOD = Duration.ofDays(1);
    static final String LAST_DISCOVERY_SETTING = "research.last-discovery";

    private final SourcePoller poller;
    private final TopicDiscovery discovery;
    private final SettingsRepository settings;
    private final Clock clock;

    public ResearchSchedule(SourcePoller poller, TopicDiscovery discovery, SettingsRepository settings, Clock clock) {
        this.poller = poller;
        this.discovery = discovery;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one scheduled run did. */
    public record Run(List<PollResult> polled, Optional<TopicDiscovery.Result> discovered) {
    }

    public Run runDue(Progress progress) {
        List<PollResult> polled = poller.pollDue(progress);
        Instant last = settings.get(LAST_DISCOVERY_SETTING).map(Instant::parse).orElse(Instant.EPOCH);
        Instant now = clock.instant();
        if (progress.isCancelled() || now.isBefore(last.plus(DISCOVERY_PERIOD))) {
            return new Run(polled, Optional.empty());
        }
        TopicDiscovery.Result result = discovery.discover(progress);
        settings.put(LAST_DISCOVERY_SETTING, now.toString());
        return new Run(polled, Optional.of(result));
    }
}
