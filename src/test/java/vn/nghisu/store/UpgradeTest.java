package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made by the first released schema (V1) opens in this version with its data, after a backup. */
class UpgradeTest {
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    @TempDir
    Path dir;

    static int latestVersion() throws IOException, URISyntaxException {
        Path folder = Path.of(UpgradeTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    @Test
    void firstReleasedSchemaWithDataMigratesToTheLatest() throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl(), "sa", "");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO unit (id, name, unit_level) VALUES ('" + UNIT + "', 'Huyện ủy Lâm Bình', 'HUYEN')");
            s.execute("INSERT INTO person (id, full_name, position_title, unit_id) VALUES ('" + PERSON
                    + "', 'Hoàng Thị Hà', 'Bí thư Huyện ủy', '" + UNIT + "')");
        }
        pool.dispose();
        int latest = latestVersion();
        try (Database db = Database.open(config)) {
            Object version = db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
            assertEquals(latest, ((Number) version).intValue());
            assertEquals("Huyện ủy Lâm Bình", db.repositories().units().find(UNIT).orElseThrow().name());
            assertEquals(UNIT, db.repositories().persons().find(PERSON).orElseThrow().unitId());
            assertTrue(IntegrityCheck.run(db).isEmpty());
        }
        boolean backedUp = new Backups(dir, Clock.systemUTC()).list().stream()
                .anyMatch(p -> p.getFileName().toString().endsWith("-before-migration.zip"));
        assertEquals(latest > 1, backedUp, "a backup is taken exactly when there was something to migrate");
    }

    @Test
    void anExistingDatabaseIsBackedUpBeforeAnyPendingMigration() throws SQLException {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            // outside PUBLIC, so Flyway still sees an empty schema with every migration pending
            s.execute("CREATE SCHEMA luu");
            s.execute("CREATE TABLE luu.ghi_chu (noi_dung VARCHAR(100))");
            s.execute("INSERT INTO luu.ghi_chu VALUES ('dữ liệu cũ')");
        }
        Database.open(config).close();
        var backups = new Backups(dir, Clock.systemUTC()).list();
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().endsWith("-before-migration.zip"));
        Path restored = dir.resolve("restored");
        new ClosedDatabase(restored).restoreFrom(backups.get(0));
        try (Connection c = DriverManager.getConnection(DatabaseConfig.embedded(restored).jdbcUrl(), "sa", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM luu.ghi_chu")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the backup holds the database as it was before the migration");
        }
    }

    @Test
    void aNewDatabaseNeedsNoBackup() {
        Database.open(DatabaseConfig.embedded(dir)).close();
        assertTrue(new Backups(dir, Clock.systemUTC()).list().isEmpty());
    }
}
