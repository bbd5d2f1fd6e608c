package org.scriptorium.app.desktop;

import javafx.application.Platform;
import org.scriptorium.app.cli.Cli;
import org.scriptorium.app.cli.CliHost;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.control.ControlRequests;
import org.scriptorium.app.control.RemoteCommand;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.RevisionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window does for another start on its data: comes to the front (opening the file it was given), or runs a
 * command line on the studio it holds, then reads again what it shows, since the command may have changed it.
 */
final class WindowRequests implements ControlRequests {
    private static final Logger LOG = LoggerFactory.getLogger(WindowRequests.class);
    private final CompletableFuture<Studio> studio;
    private final Consumer<List<Path>> activate;
    private final Runnable storeChanged;
    private final BooleanSupplier closing;
    private final Supplier<UUID> openDraft;

    /**
     * {@code studio}: the window's, once open; {@code activate}, {@code storeChanged} and {@code openDraft} (the draft in
     * the editor, or null) run on the FX thread; {@code closing} is true once the window has begun to close.
     */
    WindowRequests(CompletableFuture<Studio> studio, Consumer<List<Path>> activate, Runnable storeChanged, BooleanSupplier closing,
                   Supplier<UUID> openDraft) {
        this.studio = studio;
        this.activate = activate;
        this.storeChanged = storeChanged;
        this.closing = closing;
        this.openDraft = openDraft;
    }

    @Override
    public void activate(List<Path> files) {
        if (!closing.getAsBoolean()) {
            Platform.runLater(() -> activate.accept(files));
        }
    }

    @Override
    public int run(RemoteCommand command) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(command.stdout(), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(command.stderr(), StandardCharsets.UTF_8));
        Studio open;
        try {
            open = studio.join(); // a command that comes while the window starts waits for the store
        } catch (CompletionException e) {
            err.println("scriptorium: the open window could not open its data: " + Messages.of(e.getCause()));
            err.flush();
            return 1;
        }
        if (closing.getAsBoolean()) {
            err.println("scriptorium: the window is closing; run the command again in a moment.");
            err.flush();
            return 1;
        }
        keepOpenDraft(open);
        int exitCode = Cli.execute(command.args().toArray(String[]::new), out, err, command.environment(),
                CliHost.window(open, command.workingDirectory(), command.stdin()));
        Platform.runLater(storeChanged);
        return exitCode;
    }

    /**
     * The open draft's autosaves keep no revision; before a command that may rewrite it, what the editor last saved is
     * kept as one, so History still has it afterwards (a draft not open was kept when it was closed).
     */
    private void keepOpenDraft(Studio open) {
        UUID id = CompletableFuture.supplyAsync(openDraft, Platform::runLater).join();
        try {
            if (id != null && open.drafts().exists(id)) {
                open.drafts().snapshot(id, RevisionReason.SAVED);
            }
        } catch (RuntimeException e) {
            LOG.warn("The open draft could not be kept as a revision before a command", e);
        }
    }
}
