package org.scriptorium.core.updates;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a newer Scriptorium has been released: asks the project's release feed, at most once a day on its own (and
 * never when the user turned that off), or now when asked. It only tells; nothing is downloaded or installed. The
 * last check and its result are kept in the settings, so a restart within the day does not ask again.
 */
public final class UpdateCheck {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateCheck.class);
    /** Where the project publishes its releases; a setting points elsewhere (a fork, a mirror, a test server). */
    public static final URI DEFAULT_FEED = URI.create("https://github.com/scriptorium-studio/scriptorium/releases.atom");
    /** The least time between two checks the app makes on its own. */
    public static final Duration AT_MOST_EVERY = Duration.ofHours(24);
    /** Short: nobody waits on this, and the window waits for it only when it closes during a check. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String AUTOMATIC_SETTING = "updates.automatic";
    static final String FEED_SETTING = "updates.feed";
    static final String LAST_CHECK_SETTING = "updates.last-check";
    static final String DISMISSED_SETTING = "updates.dismissed";

    private final SettingsRepository settings;
    private final Clock clock;
    private final String current;
    private final Optional<ReleaseVersion> running;
    private final ReleaseFeed feed;

    /** {@code runningVersion}: the version of the app asking, as its build wrote it (0.1.0-SNAPSHOT, 1.3.0). */
    public UpdateCheck(SettingsRepository settings, Clock clock, String runningVersion) {
        this(settings, clock, runningVersion, TIMEOUT);
    }

    public UpdateCheck(SettingsRepository settings, Clock clock, String runningVersion, Duration timeout) {
        this.settings = settings;
        this.clock = clock;
        this.current = runningVersion;
        this.running = ReleaseVersion.parse(runningVersion);
        this.feed = new ReleaseFeed("Scriptorium/" + runningVersion, timeout);
    }

    /** The version running, as its build wrote it. */
    public String currentVersion() {
        return current;
    }

    /** Whether the app checks once a day on its own; on until the user turns it off. */
    public boolean automatic() {
        return !settings.get(AUTOMATIC_SETTING).map("off"::equals).orElse(false);
    }

    public void setAutomatic(boolean on) {
        settings.put(AUTOMATIC_SETTING, on ? "on" : "off");
    }

    /** The release feed asked: the project's, unless a setting names another. */
    public URI feed() {
        return settings.get(FEED_SETTING).filter(s -> !s.isBlank()).map(UpdateCheck::webAddress).orElse(DEFAULT_FEED);
    }

    /**
     * Points the checks at another feed (an http or https address), or back at the project's with nothing. What the
     * old feed said is forgotten, so the next check asks the new one.
     */
    public void setFeed(String address) {
        String value = address == null ? "" : address.strip();
        if (!value.isEmpty() && webAddress(value) == null) {
            throw new InvalidInput("The update feed is an http or https address, e.g. " + DEFAULT_FEED + "; got \"" + address + "\".");
        }
        if (!value.equals(settings.get(FEED_SETTING).orElse(""))) {
            settings.put(FEED_SETTING, value);
            settings.put(LAST_CHECK_SETTING, "");
        }
    }

    /** When the feed was last asked and what it said; empty before the first check. */
    public Optional<LastCheck> lastCheck() {
        return settings.get(LAST_CHECK_SETTING).flatMap(LastCheck::read);
    }

    /**
     * Asks the feed now, however recent the last check and whether or not automatic checks are on. A failure is
     * thrown with one sentence; the newest release known stays what it was.
     */
    public synchronized UpdateStatus checkNow() {
        Instant now = clock.instant();
        URI address = feed();
        List<Release> releases;
        try {
            releases = feed.read(address);
        } catch (UpdateCheckFailed e) {
            settings.put(LAST_CHECK_SETTING, new LastCheck(now, lastCheck().flatMap(LastCheck::latest), Optional.of(e.getMessage())).write());
            throw e;
        }
        Optional<Release> latest = releases.stream().filter(this::mayMoveTo).max(Comparator.comparing(Release::version));
        settings.put(LAST_CHECK_SETTING, new LastCheck(now, latest, Optional.empty()).write());
        UpdateStatus status = status(latest, now);
        LOG.info("Checked {} for updates: {}", address, status.describe());
        return status;
    }

    /**
     * What the app says on its own: empty when automatic checks are off (and then nothing is asked); else the feed is
     * asked if the last check is a day old or more, and otherwise what the last check found is told again. A failure
     * is only logged: the next try is a day later.
     */
    public synchronized Optional<UpdateStatus> checkIfDue() {
        if (!automatic()) {
            return Optional.empty();
        }
        Optional<LastCheck> last = lastCheck();
        Instant now = clock.instant();
        // A last check "in the future" means the computer's clock was set back: ask rather than wait for it.
        boolean due = last.map(l -> !now.isBefore(l.at().plus(AT_MOST_EVERY)) || now.isBefore(l.at())).orElse(true);
        if (due) {
            try {
                return Optional.of(checkNow());
            } catch (UpdateCheckFailed e) {
                LOG.info("{} Trying again in a day.", e.getMessage());
            }
        }
        return lastCheck().map(l -> status(l.latest().filter(this::mayMoveTo), l.at()));
    }

    /** The user closed the notice of this release: it is not told again (a later release is). */
    public void dismiss(ReleaseVersion version) {
        settings.put(DISMISSED_SETTING, version.toString());
    }

    public boolean dismissed(ReleaseVersion version) {
        return settings.get(DISMISSED_SETTING).flatMap(ReleaseVersion::parse).map(version::equals).orElse(false);
    }

    /** Pre-releases only for who runs one; a build whose version is not a semantic one takes only releases. */
    private boolean mayMoveTo(Release release) {
        return !release.version().isPreRelease() || running.map(ReleaseVersion::isPreRelease).orElse(false);
    }

    private UpdateStatus status(Optional<Release> latest, Instant checkedAt) {
        boolean newer = latest.isPresent() && running.isPresent() && latest.get().version().compareTo(running.get()) > 0;
        return new UpdateStatus(current, latest, newer, checkedAt);
    }

    private static URI webAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
