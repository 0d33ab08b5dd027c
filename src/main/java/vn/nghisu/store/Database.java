package vn.nghisu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.slf4j.LoggerFactory;
import vn.nghisu.store.generated.DefaultSchema;

/** The open database: creates and migrates it on first use, hands out the DSLContext, closes cleanly. */
public final class Database implements AutoCloseable {
    private final ReopeningDataSource pool;
    private final DSLContext dsl;
    private final DatabaseConfig config;
    /** The embedded file's password (compacted on close); null for a server database. */
    private final String filePassword;
    private volatile boolean closed;

    private Database(DatabaseConfig config, ReopeningDataSource pool, DSLContext dsl, String filePassword) {
        this.config = config;
        this.pool = pool;
        this.dsl = dsl;
        this.filePassword = filePassword;
    }

    public static Database open(DatabaseConfig config) {
        return open(config, true);
    }

    /** Without migration only for the crash harness's writer: the parent migrated, and Flyway's start-up would dominate. */
    static Database open(DatabaseConfig config, boolean migrate) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new StoreException("error.db.folder", "Cannot create the data folder " + config.dataDir(), e);
        }
        boolean existed = Files.exists(config.databaseFile());
        // With CIPHER the password is "filePassword userPassword"; the user password stays empty.
        String password = config.fileKey() == null ? "" : config.fileKey() + " ";
        JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl(), "sa", password);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw OpenErrors.translate(e, config);
        }
        try {
            if (migrate) {
                migrate(pool, config, existed);
            }
        } catch (org.flywaydb.core.api.FlywayException e) {
            pool.dispose();
            throw new StoreException("error.db.migrate", "Cannot bring the database in " + config.dataDir()
                    + " up to date (a backup was kept in backups/): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        ReopeningDataSource source = new ReopeningDataSource(pool,
                () -> JdbcConnectionPool.create(config.jdbcUrl(), "sa", password));
        return new Database(config, source, DSL.using(configuration(source, config, SQLDialect.H2)), password);
    }

    /** Opens the shared server database when one is configured, else the embedded one in the data folder. */
    public static Database open(DatabaseConfig config, ServerConfig server) {
        if (server == null) {
            return open(config);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(server.dataSource());
        try {
            pool.getConnection().close();
            // The office backs up its server; the H2 backup before migration does not apply there.
            migrate(pool, config, false);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new StoreException("db.server.failed", "Cannot connect to " + server + ": " + e.getMessage(), e);
        }
        ReopeningDataSource source = new ReopeningDataSource(pool, () -> JdbcConnectionPool.create(server.dataSource()));
        return new Database(config, source, DSL.using(configuration(source, config, server.dialect())), null);
    }

    /** An existing database is backed up before any pending migration changes it. */
    private static void migrate(DataSource dataSource, DatabaseConfig config, boolean existed) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        if (existed && flyway.info().pending().length > 0) {
            new Backups(config.dataDir(), java.time.Clock.systemDefaultZone()).create(dataSource, "before-migration");
        }
        flyway.migrate();
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

    /**
     * One transaction for a large write (a package import), durable when it returns. On the embedded file H2's
     * background writer stores the transaction's pages while it runs (WRITE_DELAY 500 for its duration), where with
     * the usual WRITE_DELAY=0 the inserting thread itself stores them each time about 19 MB of changes pile up,
     * rewriting the same index pages again and again. Nothing acknowledged depends on the delay: the transaction
     * is all or nothing, and after its commit the delay goes back to 0 and one CHECKPOINT SYNC writes it to the disk.
     */
    public <T> T inBulkTransaction(java.util.function.Function<DSLContext, T> work) {
        if (filePassword == null) {
            return dsl.transactionResult(tx -> work.apply(tx.dsl()));
        }
        T result;
        dsl.execute("SET WRITE_DELAY 500");
        try {
            result = dsl.transactionResult(tx -> work.apply(tx.dsl()));
        } finally {
            dsl.execute("SET WRITE_DELAY 0");
        }
        sync();
        return result;
    }

    /**
     * Forces everything committed so far onto the disk (fsync), so it survives a power cut and not only a
     * killed process. Call it when the user pauses, before showing "saved"; see {@code service.SaveGuard}.
     */
    public void sync() {
        dsl.execute("CHECKPOINT SYNC");
    }

    /**
     * After a failed write: H2 closes an embedded file for good when a write fails (a full disk), so the next
     * save starts from fresh connections. A failure to reopen (the disk still full) is the next save's failure.
     */
    public void reopenAfterWriteFailure() {
        try {
            pool.reopen();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Database.class).info("Database not reopened after a failed write: {}", e.getMessage());
        }
    }

    DataSource dataSource() {
        return pool;
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

    /**
     * Closes with a full compaction (H2's SHUTDOWN COMPACT rewrites the live data into a new file): after a bulk
     * write such as generating a province, whose appended garbage the time-boxed compaction of {@link #close}
     * would take many closes to give back. Takes a while on a large file; a server database just closes.
     */
    public void closeCompacted() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        if (filePassword != null) {
            // Its own connection, outside the pool: the pool would roll back its connections on the closed database.
            try (Connection c = DriverManager.getConnection(config.compactingUrl(), "sa", filePassword);
                 java.sql.Statement statement = c.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StoreException("error.db.compact", "Cannot compact the database: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Closes, then opens the file once more with space reuse on and closes it again: H2 compacts on close,
     * which the appending (REUSE_SPACE=FALSE) session cannot do for itself. Nothing is acknowledged any more
     * at this point, so reusing space is safe. That compaction stops after 200 ms, which cannot give back what a
     * heavy session appended (rebuilding the search index of 9,000 records took a 16 MB file to 142 MB, and it
     * stayed there); a file mostly made of dead chunks is compacted fully instead, see {@link #compactFully}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (filePassword != null) {
            long bytes = fileSize();
            int fill = chunksFillRate();
            if (compactFully(bytes, fill)) {
                LoggerFactory.getLogger(Database.class).info("Compacting the database fully on close: {} MB, {}% live",
                        bytes >> 20, fill);
                try {
                    closeCompacted();
                } catch (StoreException e) {
                    // a full disk, say: H2 leaves the file as it was, only larger; closing must not fail for that
                    LoggerFactory.getLogger(Database.class).warn("No full compaction on close", e);
                }
                return;
            }
        }
        closed = true;
        pool.dispose();
        if (filePassword != null) {
            try (Connection compacting = DriverManager.getConnection(config.compactingUrl(), "sa", filePassword)) {
                compacting.isValid(1);
            } catch (SQLException e) {
                // another process opened it in between, or the disk is gone: the file stays larger, nothing is lost
                LoggerFactory.getLogger(Database.class).info("No compaction on close: {}", e.getMessage());
            }
        }
    }

    /**
     * Whether closing should rewrite the file (SHUTDOWN COMPACT, seconds at a province's size) rather than run H2's
     * 200 ms compaction: a file over 64 MB whose chunks hold less than half live data. Measured: a province database
     * after an index rebuild by sessions that were killed, 7.2 GB at 6% live; 1,000 autosaves (each with its fsync)
     * on the province database took it from 96% to 93% live (351 to 366 MB).
     */
    static boolean compactFully(long fileBytes, int chunksFillPercent) {
        return fileBytes > (64L << 20) && chunksFillPercent < 50;
    }

    /** H2's share of live data in the file's chunks, in percent; 100 when it cannot be read. */
    private int chunksFillRate() {
        try {
            String value = dsl.fetchOne("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'").get(0, String.class);
            return Integer.parseInt(value.trim());
        } catch (RuntimeException e) {
            return 100;
        }
    }

    private long fileSize() {
        try {
            return Files.size(config.databaseFile());
        } catch (IOException e) {
            return 0;
        }
    }
}
