package vn.nghisu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version stamped into packages (read from the build's resource; exchange may not use app). */
final class AppVersion {
    private AppVersion() {
    }

    static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/nghisu-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
