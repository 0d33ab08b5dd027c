package vn.nghisu.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.nghisu.store.BackupRekey;
import vn.nghisu.store.Backups;
import vn.nghisu.store.Database;
import vn.nghisu.store.FileEncryption;

/**
 * Encryption at rest: encrypts the database or changes its password, each after a backup. H2 can only
 * re-encrypt a closed file, so an open database is closed and the caller restarts (asking for the password).
 * Once it succeeded, every backup is re-written under the new key and the undo backup taken before is deleted:
 * a lost laptop leaks neither a plain backup nor one that the old password still opens.
 */
public final class EncryptionService {
    private final Path dataDir;
    private final Backups backups;

    public EncryptionService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.backups = new Backups(dataDir, clock);
    }

    public boolean isEncrypted() {
        return FileEncryption.isEncrypted(dataDir);
    }

    public void encrypt(Database openOrNull, char[] password) {
        Optional<Path> undo = backUpAndClose(openOrNull, "before-encrypt");
        String key = FileEncryption.encrypt(dataDir, password);
        undo.ifPresent(EncryptionService::delete);
        new BackupRekey(dataDir).rewriteAll(key, null);
    }

    public void changePassword(Database openOrNull, char[] current, char[] next) {
        Optional<Path> undo = backUpAndClose(openOrNull, "before-password");
        String key = FileEncryption.changePassword(dataDir, current, next);
        undo.ifPresent(EncryptionService::delete);
        new BackupRekey(dataDir).rewriteAll(key, current);
    }

    /** The backup that undoes a failed encryption; kept only until the encryption succeeded. */
    private Optional<Path> backUpAndClose(Database openOrNull, String reason) {
        if (openOrNull != null) {
            Path undo = backups.create(openOrNull, reason);
            openOrNull.close();
            return Optional.of(undo);
        }
        return backups.createClosed(reason);
    }

    /** Not deleted (a locked file), it is still re-written encrypted with the others. */
    private static void delete(Path undo) {
        try {
            Files.deleteIfExists(undo);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(EncryptionService.class).warn("Undo backup {} not deleted: {}", undo, e.toString());
        }
    }
}
