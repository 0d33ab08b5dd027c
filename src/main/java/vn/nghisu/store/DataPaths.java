package vn.nghisu.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data folder is: an explicit option, else the NGHISU_DB environment variable, else the OS
 * user-data folder (~/.local/share/nghisu, %APPDATA%\Nghisu, ~/Library/Application Support/Nghisu).
 */
public final class DataPaths {
    public static final String ENV = "NGHISU_DB";

    private DataPaths() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "Nghisu");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Nghisu");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share", "nghisu") : Path.of(xdg, "nghisu");
    }
}
