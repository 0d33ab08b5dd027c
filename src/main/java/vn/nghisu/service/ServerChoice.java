package vn.nghisu.service;

import java.util.Map;
import vn.nghisu.store.ServerConfig;

/**
 * Which database to open: a shared office PostgreSQL when --db-url, NGHISU_DB_URL or the db.url setting
 * names one, else the embedded database. The password comes from --db-password or NGHISU_DB_PASSWORD,
 * never from the settings file, which is plain text.
 */
public final class ServerChoice {
    public static final String URL_SETTING = "db.url";
    public static final String USER_SETTING = "db.user";

    private ServerChoice() {
    }

    public static ServerConfig resolve(String url, String user, String password, Settings settings) {
        return resolve(url, user, password, settings, System.getenv());
    }

    static ServerConfig resolve(String url, String user, String password, Settings settings, Map<String, String> env) {
        String u = first(url, env.get("NGHISU_DB_URL"), settings.get(URL_SETTING, null));
        String who = first(user, env.get("NGHISU_DB_USER"), settings.get(USER_SETTING, null));
        return ServerConfig.of(u, who, first(password, env.get("NGHISU_DB_PASSWORD"), null));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
