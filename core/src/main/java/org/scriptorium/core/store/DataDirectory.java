package org.scriptorium.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the studio keeps its database and files: the OS's per-user data folder unless overridden. */
public final class DataDirectory {
    public static final String ENVIRONMENT_VARIABLE = "SCRIPTORIUM_DATA_DIR";
    private static final String APP_FOLDER = "Scriptorium";

    private DataDirectory() {
    }

    /** An explicit directory wins, then the environment variable, then the OS convention. */
    public static Path resolve(Path explicit, Map<String, String> environment, String osName, Path userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return osDefault(environment, osName, userHome);
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path osDefault(Map<String, String> environment, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("scriptorium");
    }
}
