package vn.nghisu.service;

import java.nio.file.Path;
import java.time.Clock;
import vn.nghisu.store.Backups;
import vn.nghisu.store.Database;
import vn.nghisu.store.FileEncryption;

/**
 * Encryption at rest: encrypts the database or changes its password, each after a backup. H2 can only
 * re-encrypt a closed file, so an open database is closed and the caller restarts (asking for the password).
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
        backUpAndClose(openOrNull, "before-encrypt");
        FileEncryption.encrypt(dataDir, password);
    }

    public void changePassword(Database openOrNull, char[] current, char[] next) {
        backUpAndClose(openOrNull, "before-password");
        FileEncryption.changePassword(dataDir, current, next);
    }

    private void backUpAndClose(Database openOrNull, String reason) {
        if (openOrNull != null) {
            backups.create(openOrNull, reason);
            openOrNull.close();
        } else {
            backups.createClosed(reason);
        }
    }
}
