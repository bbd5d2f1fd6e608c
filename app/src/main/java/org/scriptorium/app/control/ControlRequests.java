package org.scriptorium.app.control;

import java.nio.file.Path;

/** What the running window does for a client of its channel. Called on a thread of the channel, never the FX thread. */
public interface ControlRequests {
    /** Brings the window to the front and, when {@code file} is not null, opens that Markdown file in it. Returns at once. */
    void activate(Path file);

    /** Runs one command line in the window's process, as the CLI would run it, and returns its exit code. */
    int run(RemoteCommand command);
}
