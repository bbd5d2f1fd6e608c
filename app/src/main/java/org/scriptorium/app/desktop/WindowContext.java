package org.scriptorium.app.desktop;

import org.scriptorium.app.common.ConfirmationDialogs;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.ImagePicker;
import org.scriptorium.app.desktop.notify.DesktopNotifications;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What the window is built from besides the studio: the clock (and with it "today" and the zone the window shows
 * times in), how images are picked, how the desktop is notified, and how the user confirms a step. The app builds it
 * for this computer; a window test builds its own, with a pinned clock and answers of its own.
 */
public record WindowContext(Clock clock, ImagePicker images, DesktopNotifications notifications, Confirmations confirmations) {

    /** This computer's clock and zone, the system's file dialog and notifications, and dialogs that ask. */
    public static WindowContext forThisComputer() {
        return new WindowContext(Clock.systemDefaultZone(), ImagePicker.systemDialog(), DesktopNotifications.forThisComputer(),
                new ConfirmationDialogs());
    }

    /** The zone the window shows and plans times in unless the user picks another. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public WindowContext withClock(Clock other) {
        return new WindowContext(other, images, notifications, confirmations);
    }

    public WindowContext withImages(ImagePicker other) {
        return new WindowContext(clock, other, notifications, confirmations);
    }

    public WindowContext withNotifications(DesktopNotifications other) {
        return new WindowContext(clock, images, other, confirmations);
    }

    public WindowContext withConfirmations(Confirmations other) {
        return new WindowContext(clock, images, notifications, other);
    }
}
