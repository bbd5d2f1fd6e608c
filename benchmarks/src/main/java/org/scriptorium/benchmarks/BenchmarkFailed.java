package org.scriptorium.benchmarks;

import java.util.Locale;

/**
 * A benchmark whose work did not do what it should (a feed not polled, a stream cut short, nothing drawn): it must
 * not print a figure, since the figure would time something else.
 */
final class BenchmarkFailed extends RuntimeException {
    BenchmarkFailed(String message) {
        super(message);
    }

    /** Stops the benchmark unless its work succeeded; the message says what was expected and what happened. */
    static void check(boolean succeeded, String format, Object... args) {
        if (!succeeded) {
            throw new BenchmarkFailed(String.format(Locale.ROOT, format, args));
        }
    }

    /** A benchmark's work, from setting up to printing its figures. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs a benchmark's main and ends the JVM: status 0 when its work succeeded, 1 with one clear line on stderr
     * (and the stack trace of anything unexpected) when not. Ending the JVM also stops a JavaFX toolkit left running.
     */
    static void runMain(String benchmark, Work work) {
        int status = 0;
        try {
            work.run();
        } catch (BenchmarkFailed e) {
            System.err.println(benchmark + " FAILED: " + e.getMessage());
            status = 1;
        } catch (Throwable e) {
            System.err.println(benchmark + " FAILED: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }
}
