package vn.nghisu.store;

import java.util.Locale;
import javax.sql.ConnectionPoolDataSource;
import org.jooq.SQLDialect;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** A shared office database on a server (PostgreSQL): JDBC URL, user and password. */
public record ServerConfig(String url, String user, String password) {

    public ServerConfig {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new StoreException("db.server.url", "Only PostgreSQL URLs (jdbc:postgresql://host/db) are supported: "
                    + url, null);
        }
    }

    /** The server to use, or null for the embedded database when no URL is given. */
    public static ServerConfig of(String url, String user, String password) {
        return url == null || url.isBlank() ? null : new ServerConfig(url.trim(), user, password);
    }

    SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    ConnectionPoolDataSource dataSource() {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(url);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    @Override
    public String toString() {
        return "ServerConfig[" + url + ", user=" + user + "]";
    }
}
