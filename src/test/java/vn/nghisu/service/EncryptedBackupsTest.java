package vn.nghisu.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.EncryptionTest;
import vn.nghisu.store.KeyDerivation;
import vn.nghisu.store.StoreException;

/** Encrypting (or re-keying) the database takes its backups along: none stays readable, none restores plain. */
public class EncryptedBackupsTest {
    static final String SECRET = "Biên bản làm việc với Ủy ban MTTQ huyện Lâm Bình về Cuộc vận động";
    static final char[] PASSWORD = "mật khẩu Lâm Bình 2026".toCharArray();
    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    final Unit unit = new Unit(null, SECRET, "MTTQ", null, UnitLevel.HUYEN, null);

    static Clock at(long minutes) {
        return Clock.fixed(NOW.plusSeconds(60 * minutes), ZoneOffset.UTC);
    }

    /** A plain database holding SECRET, with a daily and a manual backup in backups/ and one outside. */
    private Path plainWithBackups() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.repositories().units().save(unit);
            db.sync();
            new BackupService(dir, at(0)).backupIfDue(db).orElseThrow();
            new BackupService(dir, at(1)).backupNow(db);
            Path outside = elsewhere.resolve("chep-ra.zip");
            new BackupService(dir, at(2)).backupTo(db, outside);
            return outside;
        }
    }

    /** Every file under the data folder whose bytes, or any zip entry's inflated bytes, show the text. */
    public static List<String> leaks(Path root, String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (EncryptionTest.contains(Files.readAllBytes(f), text)) {
                    found.add(root.relativize(f).toString());
                }
                if (f.getFileName().toString().endsWith(".zip")) {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                            ZipEntry entry = e.nextElement();
                            try (InputStream in = zip.getInputStream(entry)) {
                                if (EncryptionTest.contains(in.readAllBytes(), text)) {
                                    found.add(root.relativize(f) + "!" + entry.getName());
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private boolean opensWithData(char[] password) {
        try (Database db = Database.open(KeyDerivation.config(dir, password))) {
            return db.repositories().units().find(unit.id()).isPresent();
        }
    }

    private static boolean plainFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1).equals("H:2,");
        }
    }

    @Test
    void encryptingLeavesNoReadableCopyAndEveryBackupRestoresEncrypted() throws IOException {
        plainWithBackups();
        assertFalse(leaks(dir, SECRET).isEmpty(), "the plain database and backups show the text, so the check can fail");
        new EncryptionService(dir, at(10)).encrypt(Database.open(DatabaseConfig.embedded(dir)), PASSWORD);
        assertEquals(List.of(), leaks(dir, SECRET));
        List<Path> backups = new BackupService(dir, at(10)).list();
        assertEquals(2, backups.size(), backups::toString);
        assertTrue(backups.stream().noneMatch(p -> p.toString().contains("before-encrypt")), backups::toString);
        new BackupService(dir, at(20)).restore(null, backups.get(1));
        assertFalse(plainFile(DatabaseConfig.embedded(dir).databaseFile()));
        assertTrue(opensWithData(PASSWORD), "the daily backup restored, encrypted, with its data");
        assertEquals(List.of(), leaks(dir, SECRET));
    }

    @Test
    void changingThePasswordReKeysTheBackupsSoTheOldOneOpensNone() {
        plainWithBackups();
        new EncryptionService(dir, at(10)).encrypt(null, PASSWORD);
        char[] next = "mật khẩu mới hơn 2027".toCharArray();
        new EncryptionService(dir, at(11)).changePassword(null, PASSWORD, next);
        List<Path> backups = new BackupService(dir, at(11)).list();
        assertEquals(2, backups.size(), "the undo backup does not outlive the change: " + backups);
        new BackupService(dir, at(20)).restore(null, backups.get(1));
        assertEquals("error.db.password", assertThrows(StoreException.class, () -> opensWithData(PASSWORD)).key());
        assertTrue(opensWithData(next));
    }

    @Test
    void aPlainBackupNeverTurnsTheEncryptedDatabasePlain() throws IOException {
        Path outside = plainWithBackups();
        new EncryptionService(dir, at(10)).encrypt(null, PASSWORD);
        Path dbFile = DatabaseConfig.embedded(dir).databaseFile();
        byte[] before = Files.readAllBytes(dbFile);
        StoreException refused = assertThrows(StoreException.class,
                () -> new BackupService(dir, at(20)).restore(null, outside));
        assertEquals("error.restore.plainIntoEncrypted", refused.key());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dbFile)), "nothing changed");
        Database open = Database.open(KeyDerivation.config(dir, PASSWORD));
        open.repositories().units().delete(unit.id());
        new BackupService(dir, at(21)).restore(open, outside);
        assertFalse(plainFile(dbFile));
        assertTrue(opensWithData(PASSWORD), "the plain backup's data, now under the current password");
        assertEquals(List.of(), leaks(dir, SECRET));
    }
}
