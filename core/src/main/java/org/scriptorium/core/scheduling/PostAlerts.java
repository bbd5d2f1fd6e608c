package org.scriptorium.core.scheduling;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.settings.SettingsRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the user must hear after publishing rounds: each post that failed or was missed, once per failure (a post
 * that fails again after a retry is a new failure), with its account, its time and the reason, and what to do when
 * the account must be connected again. What was said is kept in the settings, so a restart does not say it again.
 */
public final class PostAlerts {
    /** "on" or "off": whether failures also show as desktop notifications (the window always shows them). */
    public static final String DESKTOP_NOTIFICATIONS_SETTING = "notifications.desktop";
    static final String TOLD_SETTING = "notifications.told";
    /** Failures of posts planned longer ago are old news: not said again, and not kept. */
    static final Duration RECENT = Duration.ofDays(30);
    private static final int LONGEST_TEXT = 300;
    private static final int LONGEST_SETTING = 4000;
    private static final int LONGEST_QUOTE = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /** One thing to say: which post, a title, and a sentence or two. */
    public record Alert(UUID postId, String title, String text) {
    }

    private final SocialPosts posts;
    private final AccountStore accounts;
    private final SettingsRepository settings;
    private final Clock clock;
    private Set<String> told;

    public PostAlerts(SocialPosts posts, AccountStore accounts, SettingsRepository settings, Clock clock) {
        this.posts = posts;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The failures not said yet, now marked as said. */
    public synchronized List<Alert> untold() {
        if (told == null) {
            told = new LinkedHashSet<>(settings.get(TOLD_SETTING).map(s -> Arrays.asList(s.split(" "))).orElse(List.of()));
        }
        Instant now = clock.instant();
        Map<UUID, Integer> waiting = posts.waitingForUser(now.minus(RECENT));
        Set<String> current = new LinkedHashSet<>();
        List<UUID> fresh = new ArrayList<>();
        waiting.forEach((id, attempts) -> {
            String key = key(id, attempts);
            current.add(key);
            if (!told.contains(key)) {
                fresh.add(id);
            }
        });
        if (!current.equals(told)) {
            told = current; // only what still waits: a post sent again and failing again is said again
            settings.put(TOLD_SETTING, fitting(current));
        }
        return fresh.stream().map(id -> alert(posts.get(id), now)).toList();
    }

    public boolean desktopNotifications() {
        return !settings.get(DESKTOP_NOTIFICATIONS_SETTING).map("off"::equals).orElse(false);
    }

    public void setDesktopNotifications(boolean on) {
        settings.put(DESKTOP_NOTIFICATIONS_SETTING, on ? "on" : "off");
    }

    private Alert alert(ScheduledPost post, Instant now) {
        Optional<Account> account = accounts.find(post.accountId());
        String where = account.map(a -> a.network().label() + " · " + a.name()).orElse("A disconnected account");
        String when = post.plannedLocal() == null ? "" : ", " + WHEN.format(post.plannedLocal());
        String what = where + when + ": “" + quote(post.text()) + "” — ";
        String why = post.failure() == null ? "" : post.failure().strip();
        if (account.isPresent() && account.get().statusAt(now) == AccountStatus.NEEDS_REAUTHORIZATION) {
            return new Alert(post.id(), where + " needs to be connected again",
                    shorten(what + why + (why.endsWith(".") || why.isEmpty() ? " " : ". ") + "Connect it again in Accounts, then retry."));
        }
        String title = post.status() == PostStatus.MISSED ? "A post was missed" : "A post could not go out";
        return new Alert(post.id(), title, shorten(what + why));
    }

    /** The keys as one setting value, the oldest left out if they would not fit (said again, at most once, after a restart). */
    private static String fitting(Set<String> keys) {
        List<String> kept = new ArrayList<>(keys);
        String joined = String.join(" ", kept);
        while (joined.length() > LONGEST_SETTING) {
            kept.removeFirst();
            joined = String.join(" ", kept);
        }
        return joined;
    }

    // The post id's random tail is enough to tell a studio's recent failures apart, and keeps the setting short.
    private static String key(UUID id, int attempts) {
        String hex = id.toString();
        return hex.substring(hex.length() - 12) + ":" + attempts;
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_QUOTE ? oneLine : oneLine.substring(0, LONGEST_QUOTE - 1) + "…";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_TEXT ? oneLine : oneLine.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
