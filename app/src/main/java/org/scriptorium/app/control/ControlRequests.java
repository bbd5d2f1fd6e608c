package org.scriptorium.app.control;

import java.nio.file.Path;
import java.util.List;

/** What the running window does for a client of its channel. Called on a thread of the channel, never the FX thread. */
public interface ControlRequests {
    /** Brings the window to the front and opens these Markdown files (maybe none) in it. Returns at once. */
    void activate(List<Path> files);

    /** Runs one command line in the window's process, as the CLI would run it, and returns its exit code. */
    int run(RemoteCommand command);
}
