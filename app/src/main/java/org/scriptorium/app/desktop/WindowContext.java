package org.scriptorium.app.desktop;

import org.scriptorium.app.common.ConfirmationDialogs;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.ImagePicker;
import org.scriptorium.app.desktop.notify.DesktopNotifications;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the window is built from besides the studio: the clock (and with it "today" and the zone the window shows
 * times in), how images are picked, how the desktop is notified, how the user confirms a step, and how long after the
 * drafts show the window first looks for a newer release (empty: never on its own). The app builds it for this
 * computer; a window test builds its own, with a pinned clock, answers of its own and no look at the internet.
 */
public record WindowContext(Clock clock, ImagePicker images, DesktopNotifications notifications, Confirmations confirmations,
                            Optional<Duration> updateCheckAfter) {
    /** Long enough after the drafts show that the first check never competes with the start. */
    static final Duration FIRST_UPDATE_CHECK = Duration.ofSeconds(10);

    /** This computer's clock and zone, the system's file dialog and notifications, dialogs that ask, daily update checks. */
    public static WindowContext forThisComputer() {
        return new WindowContext(Clock.systemDefaultZone(), ImagePicker.systemDialog(), DesktopNotifications.forThisComputer(),
                new ConfirmationDialogs(), Optional.of(FIRST_UPDATE_CHECK));
    }

    /** The zone the window shows and plans times in unless the user picks another. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public WindowContext withClock(Clock other) {
        return new WindowContext(other, images, notifications, confirmations, updateCheckAfter);
    }

    public WindowContext withImages(ImagePicker other) {
        return new WindowContext(clock, other, notifications, confirmations, updateCheckAfter);
    }

    public WindowContext withNotifications(DesktopNotifications other) {
        return new WindowContext(clock, images, other, confirmations, updateCheckAfter);
    }

    public WindowContext withConfirmations(Confirmations other) {
        return new WindowContext(clock, images, notifications, other, updateCheckAfter);
    }

    /** Looks for a newer release this long after the drafts show (the user's setting and the daily limit still hold). */
    public WindowContext withUpdateChecksAfter(Duration after) {
        return new WindowContext(clock, images, notifications, confirmations, Optional.of(after));
    }

    /** Never looks for a newer release on its own; the Help menu still can. */
    public WindowContext withoutUpdateChecks() {
        return new WindowContext(clock, images, notifications, confirmations, Optional.empty());
    }
}
