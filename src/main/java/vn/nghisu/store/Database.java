package vn.nghisu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import vn.nghisu.store.generated.DefaultSchema;

/** The open database: creates and migrates it on first use, hands out the DSLContext, closes cleanly. */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final DatabaseConfig config;

    private Database(DatabaseConfig config, JdbcConnectionPool pool, DSLContext dsl) {
        this.config = config;
        this.pool = pool;
        this.dsl = dsl;
    }

    public static Database open(DatabaseConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new StoreException("error.db.folder", "Cannot create the data folder " + config.dataDir(), e);
        }
        String password = config.fileKey() == null ? "" : config.fileKey() + " ";
        JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl(), "sa", password);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw OpenErrors.translate(e, config);
        }
        migrate(pool);
        return new Database(config, pool, DSL.using(configuration(pool, config, SQLDialect.H2)));
    }

    /** Opens the shared server database when one is configured, else the embedded one in the data folder. */
    public static Database open(DatabaseConfig config, ServerConfig server) {
        if (server == null) {
            return open(config);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(server.dataSource());
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("db.server.failed", "Cannot connect to " + server + ": " + e.getMessage(), e);
        }
        migrate(pool);
        return new Database(config, pool, DSL.using(configuration(pool, config, server.dialect())));
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private static DefaultConfiguration configuration(DataSource dataSource, DatabaseConfig config, SQLDialect dialect) {
        DefaultConfiguration cfg = new DefaultConfiguration();
        cfg.set(dataSource);
        cfg.set(dialect);
        // Unquoted names let the same generated code run on H2 (upper case) and PostgreSQL (lower case).
        cfg.set(new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
        cfg.set(new QueryThreadGuard(config.forbiddenThread()));
        return cfg;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Repositories repositories() {
        return Repositories.over(dsl);
    }

    /** Runs the work in one transaction, with repositories bound to it; all or nothing. */
    public <T> T inTransaction(java.util.function.Function<Repositories, T> work) {
        return dsl.transactionResult(tx -> work.apply(Repositories.over(tx.dsl())));
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Row counts of every domain table (soft-deleted rows included), in schema order. */
    public Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
