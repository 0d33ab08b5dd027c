package vn.nghisu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.LoggerFactory;

/**
 * After the database was encrypted or its password changed, re-writes every backup in backups/ under the
 * live database's key and key file, so no backup stays readable without the current password. Each zip is
 * replaced atomically; the decrypted copies live only in a work folder that is removed.
 */
public final class BackupRekey {
    private final Path dataDir;
    private final Path work;

    public BackupRekey(Path dataDir) {
        this.dataDir = dataDir;
        this.work = dataDir.resolve(Backups.FOLDER).resolve(".rekey");
    }

    /**
     * liveKey: the file key the database now has. previousPassword: the password before a change (null after a
     * first encryption) to re-key backups under the old key. A plain backup that cannot be encrypted is deleted,
     * never left readable; an encrypted one that cannot be re-keyed stays as it is. Returns how many were re-written.
     */
    public int rewriteAll(String liveKey, char[] previousPassword) {
        KeyFile live = KeyFile.read(dataDir);
        int done = 0;
        for (Path zip : new Backups(dataDir, java.time.Clock.systemUTC()).list()) {
            try {
                if (rewrite(zip, live, liveKey, previousPassword)) {
                    done++;
                }
            } catch (IOException | SQLException | RuntimeException e) {
                failed(zip, e);
            } finally {
                cleanWork();
            }
        }
        return done;
    }

    private boolean rewrite(Path zip, KeyFile live, String liveKey, char[] previousPassword)
            throws IOException, SQLException {
        cleanWork();
        Files.createDirectories(work);
        Path db = work.resolve(Backups.DB_ENTRY);
        Path keyDir = work.resolve("key");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(Backups.DB_ENTRY);
            if (entry == null) {
                return false;
            }
            ClosedDatabase.extract(z, entry, db);
            ZipEntry key = z.getEntry(KeyFile.FILE_NAME);
            if (key != null) {
                Files.createDirectories(keyDir);
                ClosedDatabase.extract(z, key, KeyFile.path(keyDir));
            }
        }
        String fromKey = null;
        if (DetachedRekey.isEncrypted(db)) {
            if (previousPassword == null || !KeyFile.exists(keyDir)) {
                return false;
            }
            KeyFile old = KeyFile.read(keyDir);
            if (Arrays.equals(old.salt(), live.salt())) {
                return false;
            }
            fromKey = KeyDerivation.fileKey(previousPassword, old);
        }
        DetachedRekey.rekey(db, fromKey, liveKey);
        replace(zip, db);
        return true;
    }

    private void replace(Path zip, Path db) throws IOException {
        Path tmp = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                ClosedDatabase.add(out, db, Backups.DB_ENTRY);
                ClosedDatabase.add(out, KeyFile.path(dataDir), KeyFile.FILE_NAME);
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Backups.deleteQuietly(tmp);
        }
    }

    private void failed(Path zip, Exception e) {
        boolean plain = isPlain(zip);
        if (plain) {
            Backups.deleteQuietly(zip);
        }
        LoggerFactory.getLogger(BackupRekey.class).warn("Backup {} not re-encrypted ({}): {}", zip,
                plain ? "deleted, it was unencrypted" : "kept under its old key", e.toString());
    }

    private static boolean isPlain(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(Backups.DB_ENTRY);
            try (InputStream in = z.getInputStream(entry)) {
                return !new String(in.readNBytes(9), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("H2encrypt");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void cleanWork() {
        try {
            DetachedRekey.deleteTree(work);
        } catch (IOException e) {
            LoggerFactory.getLogger(BackupRekey.class).warn("Work folder {} not removed: {}", work, e.toString());
        }
    }

}
