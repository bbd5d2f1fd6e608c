package org.scriptorium.app.cli;

import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftService;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

/** What every command shares: the studio of this invocation, its output, and reading ids the way users type them. */
abstract class StudioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        run();
        return 0;
    }

    /** Does the work; throws on failure, and the caller turns that into one line and an exit code. */
    abstract void run();

    final Studio studio() {
        return root().studio();
    }

    final ScriptoriumCommand root() {
        return (ScriptoriumCommand) spec.root().userObject();
    }

    final DraftService drafts() {
        return studio().drafts();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A whole id or a unique prefix of one. */
    final UUID draftId(String typed) {
        return drafts().resolveId(typed);
    }

    final ShortIds shortIds() {
        return ShortIds.ofAllDrafts(drafts());
    }

    final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs a service call whose refusal of the user's input counts as bad usage (exit 2), not as a failure. */
    final <T> T asUsage(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (org.scriptorium.core.InvalidInput e) {
            throw usage(e.getMessage());
        }
    }

    /** Whether a newer release is out, asked as this version of the app. */
    final org.scriptorium.core.updates.UpdateCheck updates() {
        return new org.scriptorium.core.updates.UpdateCheck(studio().settings(), studio().clock(), AppVersion.current());
    }

    final org.scriptorium.core.research.ResearchEngine research() {
        return studio().research();
    }

    /** Checked here rather than in the store, so a blank title counts as bad usage like any other bad value. */
    final String validTitle(String title) {
        if (title.isBlank()) {
            throw usage("A draft needs a title.");
        }
        if (title.strip().length() > DraftService.MAX_TITLE_LENGTH) {
            throw usage("A title can be at most " + DraftService.MAX_TITLE_LENGTH + " characters long.");
        }
        return title;
    }
}
