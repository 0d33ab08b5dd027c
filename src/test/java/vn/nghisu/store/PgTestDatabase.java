package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the PostgreSQL named by NGHISU_PG_URL (+ NGHISU_PG_USER, NGHISU_PG_PASSWORD) for one
 * test. Without that variable the test is skipped with a visible message, except in CI (CI=true), where
 * a missing PostgreSQL fails the build.
 */
public final class PgTestDatabase implements AutoCloseable {
    private final ServerConfig admin;
    private final String schema;

    private PgTestDatabase(ServerConfig admin) {
        this.admin = admin;
        this.schema = "nghisu_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        exec("CREATE SCHEMA " + schema);
    }

    public static PgTestDatabase create() {
        String url = System.getenv("NGHISU_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but NGHISU_PG_URL is not set: the PostgreSQL store tests must run in CI (.ci/run)");
            }
            String why = "PostgreSQL tests skipped: NGHISU_PG_URL is not set (set it, or run .ci/run)";
            System.err.println(why);
            Assumptions.abort(why);
        }
        return new PgTestDatabase(new ServerConfig(url, System.getenv("NGHISU_PG_USER"),
                System.getenv("NGHISU_PG_PASSWORD")));
    }

    /** The server config whose connections see only this test's schema. */
    public ServerConfig config() {
        String url = admin.url() + (admin.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ServerConfig(url, admin.user(), admin.password());
    }

    public Database open(Path dataDir) {
        return Database.open(DatabaseConfig.embedded(dataDir), config());
    }

    /** One test's schema, created at its first open (so a skip happens inside the test) and dropped by {@link #drop}. */
    public static final class PerTest {
        private PgTestDatabase pg;

        public Database open(Path dataDir) {
            if (pg == null) {
                pg = create();
            }
            return pg.open(dataDir);
        }

        public void drop(Database db) {
            if (pg != null) {
                db.close();
                pg.close();
            }
        }
    }

    @Override
    public void close() {
        exec("DROP SCHEMA " + schema.toLowerCase(Locale.ROOT) + " CASCADE");
    }

    private void exec(String sql) {
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
        }
    }
}
