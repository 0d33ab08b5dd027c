package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/** A second process opening the same database gets the "already open" message, and nothing is damaged. */
class OneInstanceTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessIsRefusedWithTheInUseMessageAndNothingCorrupts() throws Exception {
        Unit unit = new Unit(null, "Ban Tổ chức Tỉnh ủy", null, null, UnitLevel.TINH, null);
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.repositories().units().save(unit);
        }
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), HoldOpen.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(DatabaseConfig.embedded(dir)));
            assertEquals("error.db.inUse", refused.key());
            assertEquals("error.db.inUse", assertThrows(StoreException.class,
                    () -> new ClosedDatabase(dir).backupTo(dir.resolve("x.zip"))).key());
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(0, other.exitValue());
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertTrue(db.repositories().units().find(unit.id()).isPresent());
            assertTrue(IntegrityCheck.run(db).isEmpty());
        }
    }
}
