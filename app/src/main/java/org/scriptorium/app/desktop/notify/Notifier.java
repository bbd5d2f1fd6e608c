package org.scriptorium.app.desktop.notify;

/**
 * One way of showing a notification on the desktop, outside the window. It may block (it runs on a thread of its
 * own, see {@link DesktopNotifications}) and may throw.
 */
public interface Notifier extends AutoCloseable {
    /** Shows nothing: the window's own message is all there is. */
    Notifier NONE = new Notifier() {
        @Override
        public void show(String title, String text) {
        }

        @Override
        public String name() {
            return "nothing";
        }
    };

    void show(String title, String text) throws Exception;

    /** What shows them, for the log. */
    String name();

    @Override
    default void close() {
    }
}
