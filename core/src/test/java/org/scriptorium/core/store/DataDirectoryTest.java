package org.scriptorium.core.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ada/.local/share/scriptorium"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home)).isEqualTo(Path.of("/data/scriptorium"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Scriptorium"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", home)).isEqualTo(Path.of("/appdata/Scriptorium"));
    }

    @Test
    void anExplicitDirectoryBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "/from-env");
        assertThat(DataDirectory.resolve(Path.of("/explicit"), env, "Linux", home)).isEqualTo(Path.of("/explicit"));
        assertThat(DataDirectory.resolve(null, env, "Linux", home)).isEqualTo(Path.of("/from-env"));
    }
}
