package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.WriteFailedException;

class BackupServiceTest {
    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    @TempDir
    Path dir;

    static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void startUpBackupIsTakenOnlyWhenTheLastIsMoreThanADayOld() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertTrue(new BackupService(dir, at(NOW)).backupIfDue(db).isPresent(), "no backup yet");
            assertTrue(new BackupService(dir, at(NOW.plus(Duration.ofHours(23)))).backupIfDue(db).isEmpty());
            assertTrue(new BackupService(dir, at(NOW.plus(Duration.ofHours(25)))).backupIfDue(db).isPresent());
            assertEquals(2, new BackupService(dir, at(NOW)).list().size());
        }
    }

    @Test
    void restoreFromTheWindowBacksUpTheCurrentDatabaseClosesItAndPutsTheBackupBack() {
        Unit kept = new Unit(null, "Ban Dân vận Tỉnh ủy", null, null, UnitLevel.TINH, null);
        Unit later = new Unit(null, "Hội Nông dân huyện", null, null, UnitLevel.HUYEN, null);
        BackupService service = new BackupService(dir, at(NOW));
        Database db = Database.open(DatabaseConfig.embedded(dir));
        db.repositories().units().save(kept);
        Path backup = service.backupNow(db);
        db.repositories().units().save(later);
        new BackupService(dir, at(NOW.plusSeconds(60))).restore(db, backup);
        try (Database reopened = Database.open(DatabaseConfig.embedded(dir))) {
            assertTrue(reopened.repositories().units().find(kept.id()).isPresent());
            assertTrue(reopened.repositories().units().find(later.id()).isEmpty());
        }
        Path beforeRestore = service.list().get(0);
        assertTrue(beforeRestore.getFileName().toString().endsWith("-before-restore.zip"));
        new BackupService(dir, at(NOW.plusSeconds(120))).restore(null, beforeRestore);
        try (Database reopened = Database.open(DatabaseConfig.embedded(dir))) {
            assertTrue(reopened.repositories().units().find(later.id()).isPresent(), "the replaced state was kept");
        }
    }

    @Test
    void saveGuardTurnsAFullDiskIntoARetryableFailureAndLetsValidationThrough() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            SaveGuard guard = new SaveGuard(db);
            WriteFailedException full = assertThrows(WriteFailedException.class, () -> guard.save(() -> {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }));
            assertEquals(WriteFailedException.Reason.DISK_FULL, full.reason());
            assertThrows(ValidationException.class, () -> guard.save(() -> new Unit(null, " ", null, null, null, null)));
            Unit unit = new Unit(null, "Ủy ban nhân dân huyện", null, null, UnitLevel.HUYEN, null);
            guard.saveAndSync(() -> {
                db.repositories().units().save(unit);
                return null;
            });
            assertTrue(db.repositories().units().find(unit.id()).isPresent(), "the retried edit is saved");
        }
    }
}
