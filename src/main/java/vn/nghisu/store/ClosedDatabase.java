package vn.nghisu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * File operations on a database no process has open: copy it into a backup zip, or put a backup back.
 * Each first takes H2's own file lock, so a database open in another window is never touched.
 */
public final class ClosedDatabase {
    private final Path dataDir;
    private final Path dbFile;

    public ClosedDatabase(Path dataDir) {
        this.dataDir = dataDir;
        this.dbFile = DatabaseConfig.embedded(dataDir).databaseFile();
    }

    public boolean exists() {
        return Files.isRegularFile(dbFile);
    }

    /** Zips the database and key file exactly as they are on disk (encrypted stays encrypted). */
    public void backupTo(Path target) {
        Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(tmp.getParent());
            underLock(() -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                    add(zip, dbFile, Backups.DB_ENTRY);
                    if (KeyFile.exists(dataDir)) {
                        add(zip, KeyFile.path(dataDir), KeyFile.FILE_NAME);
                    }
                }
            });
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Backups.deleteQuietly(tmp);
            throw WriteFailures.translate(e, "writing the backup " + target);
        }
    }

    /** Replaces the database (and its key file) with the backup's; the caller has backed up the current one. */
    public void restoreFrom(Path backup) {
        restoreFrom(backup, null);
    }

    /**
     * As {@link #restoreFrom(Path)}; an unencrypted backup put back into an encrypted installation is encrypted
     * with currentKey (the live file key) and keeps the current key file, never turning the database plain.
     * Without the key such a restore is refused before anything changes.
     */
    public void restoreFrom(Path backup, String currentKey) {
        Path dbTmp = dataDir.resolve(Backups.DB_ENTRY + ".restore");
        Path keyTmp = dataDir.resolve(KeyFile.FILE_NAME + ".restore");
        try (ZipFile zip = open(backup)) {
            ZipEntry db = zip.getEntry(Backups.DB_ENTRY);
            Files.createDirectories(dataDir);
            extract(zip, db, dbTmp);
            checkHeader(dbTmp, backup);
            ZipEntry key = zip.getEntry(KeyFile.FILE_NAME);
            boolean encryptHere = !DetachedRekey.isEncrypted(dbTmp) && KeyFile.exists(dataDir);
            if (encryptHere) {
                if (currentKey == null) {
                    throw plainIntoEncrypted(backup);
                }
                DetachedRekey.rekey(dbTmp, null, currentKey);
            } else if (key != null) {
                extract(zip, key, keyTmp);
            }
            if (exists()) {
                underLock(() -> { });
            }
            Files.move(dbTmp, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (encryptHere) {
                return;
            }
            if (key != null) {
                Files.move(keyTmp, KeyFile.path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(KeyFile.path(dataDir));
            }
        } catch (IOException | java.sql.SQLException e) {
            throw WriteFailures.translate(e, "restoring " + backup);
        } finally {
            Backups.deleteQuietly(dbTmp);
            Backups.deleteQuietly(keyTmp);
        }
    }

    /** True when restoring this backup needs the current key: it is unencrypted and this installation is encrypted. */
    public boolean needsKeyToRestore(Path backup) {
        try (ZipFile zip = open(backup)) {
            ZipEntry db = zip.getEntry(Backups.DB_ENTRY);
            try (InputStream in = zip.getInputStream(db)) {
                String head = new String(in.readNBytes(9), java.nio.charset.StandardCharsets.ISO_8859_1);
                return KeyFile.exists(dataDir) && !head.startsWith("H2encrypt");
            }
        } catch (IOException e) {
            throw WriteFailures.translate(e, "reading " + backup);
        }
    }

    public static StoreException plainIntoEncrypted(Path backup) {
        return new StoreException("error.restore.plainIntoEncrypted", "The backup " + backup + " is not encrypted: "
                + "restoring it into this encrypted database needs the current password. Nothing was changed", null);
    }

    private static ZipFile open(Path backup) {
        try {
            ZipFile zip = new ZipFile(backup.toFile());
            if (zip.getEntry(Backups.DB_ENTRY) == null) {
                zip.close();
                throw new IOException("no " + Backups.DB_ENTRY + " entry");
            }
            return zip;
        } catch (IOException e) {
            throw new StoreException("error.backup.invalid", backup + " is not a Nghị Sự backup", e);
        }
    }

    /** An H2 MVStore file starts with "H:2," and an encrypted one with "H2encrypt". */
    private static void checkHeader(Path file, Path backup) throws IOException {
        byte[] head = new byte[9];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!s.startsWith("H:2,") && !s.startsWith("H2encrypt")) {
                throw new StoreException("error.backup.invalid", backup + " does not hold an H2 database", null);
            }
        }
    }

    /** One entry of a backup zip to a file (also for {@link BackupRekey}). */
    static void extract(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void add(ZipOutputStream zip, Path file, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** File work under H2's lock; released before a replace, because Windows cannot rename over an open file. */
    private void underLock(IoAction action) throws IOException {
        try (FileChannel ch = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = lock(ch);
            try {
                action.run();
            } finally {
                lock.release();
            }
        }
    }

    /** A piece of file work that may fail with an IOException. */
    private interface IoAction {
        void run() throws IOException;
    }

    /** The same lock H2 takes on open: refused while another process (or this one) has the database open. */
    private FileLock lock(FileChannel ch) throws IOException {
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM: fall through to the same message
        }
        throw new StoreException("error.db.inUse", "The database in " + dataDir + " is open in another Nghị Sự window", null);
    }
}
