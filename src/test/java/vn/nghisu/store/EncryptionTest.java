package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

public class EncryptionTest {
    static final String SECRET = "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lâm Bình";
    static final char[] PASSWORD = "mật khẩu đúng".toCharArray();
    @TempDir
    Path dir;

    private Unit storeSecret() {
        Unit unit = new Unit(null, SECRET, "MTTQ", null, UnitLevel.HUYEN, null);
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.repositories().units().save(unit);
            db.sync();
        }
        return unit;
    }

    /** Found as UTF-8 or as H2's own string encoding (UTF-8-like, but continuation bytes lack the 0x80 bit). */
    public static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.UTF_8)) || indexOf(haystack, h2Encoded(text));
    }

    static byte[] h2Encoded(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private byte[] rawFile() throws IOException {
        return Files.readAllBytes(DatabaseConfig.embedded(dir).databaseFile());
    }

    @Test
    void encryptedFileHoldsNoneOfItsTextAndOpensWithThePassword() throws IOException {
        Unit unit = storeSecret();
        assertTrue(contains(rawFile(), SECRET), "the plain file shows the text, so the check below can fail");
        FileEncryption.encrypt(dir, PASSWORD);
        assertFalse(contains(rawFile(), SECRET));
        assertTrue(KeyFile.exists(dir));
        try (Database db = Database.open(KeyDerivation.config(dir, PASSWORD))) {
            assertEquals(SECRET, db.repositories().units().find(unit.id()).orElseThrow().name());
        }
    }

    @Test
    void wrongPasswordIsRefusedClearlyAndWritesNothing() throws IOException {
        storeSecret();
        FileEncryption.encrypt(dir, PASSWORD);
        byte[] before = rawFile();
        StoreException e = assertThrows(StoreException.class,
                () -> Database.open(KeyDerivation.config(dir, "sai mật khẩu".toCharArray())));
        assertEquals("error.db.password", e.key());
        assertArrayEquals(before, rawFile());
        assertEquals("error.db.needsPassword",
                assertThrows(StoreException.class, () -> KeyDerivation.config(dir, null)).key());
    }

    @Test
    void changedPasswordReplacesTheOldOne() {
        Unit unit = storeSecret();
        FileEncryption.encrypt(dir, PASSWORD);
        char[] next = "mật khẩu mới 2026".toCharArray();
        assertEquals("error.db.password", assertThrows(StoreException.class,
                () -> FileEncryption.changePassword(dir, "sai".toCharArray(), next)).key());
        FileEncryption.changePassword(dir, PASSWORD, next);
        assertEquals("error.db.password",
                assertThrows(StoreException.class, () -> Database.open(KeyDerivation.config(dir, PASSWORD))).key());
        try (Database db = Database.open(KeyDerivation.config(dir, next))) {
            assertTrue(db.repositories().units().find(unit.id()).isPresent());
        }
    }

    @Test
    void backupOfAnEncryptedDatabaseStaysEncryptedAndRestores() throws IOException {
        Unit unit = storeSecret();
        FileEncryption.encrypt(dir, PASSWORD);
        Path zip = dir.resolve("out.zip");
        try (Database db = Database.open(KeyDerivation.config(dir, PASSWORD))) {
            new Backups(dir, Clock.systemDefaultZone()).writeTo(db, zip);
            db.repositories().units().delete(unit.id());
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertFalse(contains(z.getInputStream(z.getEntry(Backups.DB_ENTRY)).readAllBytes(), SECRET));
            assertTrue(z.getEntry(KeyFile.FILE_NAME) != null, "the salt travels with the backup");
        }
        new ClosedDatabase(dir).restoreFrom(zip);
        try (Database db = Database.open(KeyDerivation.config(dir, PASSWORD))) {
            assertTrue(db.repositories().units().find(unit.id()).isPresent());
        }
    }

    @Test
    void keyDerivationUsesAtLeast600000Iterations() {
        KeyFile fresh = KeyFile.fresh();
        assertTrue(fresh.iterations() >= 600_000);
        assertEquals(64, KeyDerivation.fileKey(PASSWORD, fresh).length());
    }
}
