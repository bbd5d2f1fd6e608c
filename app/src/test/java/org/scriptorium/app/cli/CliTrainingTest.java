package org.scriptorium.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's cache is trained on these commands; one that stopped working would leave commands without a cache. */
class CliTrainingTest {
    @TempDir
    Path dataDir;

    @Test
    void everyTrainingCommandEndsAsExpected() {
        assertThat(CliTraining.run(dataDir)).isEmpty();
        assertThat(dataDir.resolve("db")).isDirectory();
    }
}
