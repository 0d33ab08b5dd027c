package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

class BackupsTest extends StoreTestBase {
    private final Unit unit = new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, null);

    static Clock at(String isoLocal) {
        return Clock.fixed(LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void backupTakenWhileOpenRestoresTheDataOfThatMoment() {
        repos.units().save(unit);
        Path zip = new Backups(dir, Clock.systemUTC()).create(db, "manual");
        repos.units().delete(unit.id());
        db.close();
        new ClosedDatabase(dir).restoreFrom(zip);
        openDatabase();
        assertTrue(repos.units().find(unit.id()).isPresent());
        assertTrue(IntegrityCheck.run(db).isEmpty());
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupAndLeavesTheDatabase() throws IOException {
        repos.units().save(unit);
        db.close();
        Path junk = dir.resolve("not-a-backup.zip");
        Files.writeString(junk, "xin chào");
        assertEquals("error.backup.invalid",
                assertThrows(StoreException.class, () -> new ClosedDatabase(dir).restoreFrom(junk)).key());
        openDatabase();
        assertTrue(repos.units().find(unit.id()).isPresent());
    }

    @Test
    void anOpenDatabaseIsNeverCopiedOrReplacedAsAClosedFile() {
        Path zip = new Backups(dir, Clock.systemUTC()).create(db, "manual");
        assertEquals("error.db.inUse", assertThrows(StoreException.class,
                () -> new ClosedDatabase(dir).restoreFrom(zip)).key());
        assertEquals("error.db.inUse", assertThrows(StoreException.class,
                () -> new ClosedDatabase(dir).backupTo(dir.resolve("copy.zip"))).key());
        assertFalse(Files.exists(dir.resolve("copy.zip")));
    }

    @Test
    void aBackupThatCannotBeWrittenLeavesNoPartFileAndSaysWhy() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        StoreException e = assertThrows(StoreException.class,
                () -> new Backups(dir, Clock.systemUTC()).writeTo(db, blocked.resolve("b.zip")));
        assertTrue(e instanceof WriteFailedException, e.toString());
        assertTrue(Files.isRegularFile(blocked));
    }

    @Test
    void aFailedBackupNeverReplacesAGoodOne() throws IOException {
        Path good = dir.resolve("good.zip");
        new Backups(dir, Clock.systemUTC()).writeTo(db, good);
        byte[] before = Files.readAllBytes(good);
        db.close();
        assertThrows(RuntimeException.class, () -> new Backups(dir, Clock.systemUTC()).writeTo(db, good));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(good)));
        assertFalse(Files.exists(dir.resolve("good.zip.part")));
        openDatabase();
    }

    @Test
    void rotationKeepsTenNewestAndTheFirstOfEachOfTheLastTwelveMonths() {
        LocalDateTime now = LocalDateTime.parse("2026-11-29T10:00");
        List<LocalDateTime> daily = new java.util.ArrayList<>();
        for (int d = 0; d < 800; d++) {
            daily.add(now.minusDays(d));
        }
        List<LocalDateTime> deleted = BackupRotation.toDelete(daily, now);
        List<LocalDateTime> kept = daily.stream().filter(t -> !deleted.contains(t)).sorted().toList();
        assertEquals(10 + 12, kept.size(), kept::toString);
        assertEquals(LocalDateTime.parse("2025-12-01T10:00"), kept.get(0));
        assertTrue(kept.containsAll(daily.subList(0, 10)));
    }

    @Test
    void rotationRunsAfterEachBackupAndOnlyTouchesOurFiles() throws IOException {
        Files.createDirectories(dir.resolve(Backups.FOLDER));
        Path mine = Files.writeString(dir.resolve(Backups.FOLDER).resolve("ghi-chu.txt"), "giữ");
        for (int i = 0; i < 12; i++) {
            new Backups(dir, Clock.offset(at("2026-11-29T10:00"), java.time.Duration.ofMinutes(i))).create(db, "manual");
        }
        List<Path> left = new Backups(dir, Clock.systemUTC()).list();
        assertEquals(11, left.size(), "ten newest plus the first of November");
        assertTrue(Files.exists(mine));
        assertEquals(Instant.parse("2026-11-29T10:11:00Z"),
                Backups.taken(left.get(0)).orElseThrow().toInstant(ZoneOffset.UTC));
    }
}
