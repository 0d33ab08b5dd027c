package vn.nghisu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts a closed database file, or changes its password, with H2's ChangeFileEncryption tool and a
 * freshly salted key. The caller backs the database up first; the old password is proven by opening it.
 */
public final class FileEncryption {
    private FileEncryption() {
    }

    public static boolean isEncrypted(Path dataDir) {
        return KeyFile.exists(dataDir);
    }

    /**
     * Encrypts an unencrypted database (or marks a not yet created one to be created encrypted); returns the
     * new file key, for re-encrypting the backups under it ({@link BackupRekey}).
     */
    public static String encrypt(Path dataDir, char[] newPassword) {
        if (isEncrypted(dataDir)) {
            throw new StoreException("error.encrypt.already", "The database in " + dataDir + " is already encrypted", null);
        }
        return rekey(dataDir, DatabaseConfig.embedded(dataDir), newPassword);
    }

    /** Re-encrypts with a new password and a new salt (returns the new file key); a wrong current password changes nothing. */
    public static String changePassword(Path dataDir, char[] currentPassword, char[] newPassword) {
        if (!isEncrypted(dataDir)) {
            throw new StoreException("error.encrypt.notEncrypted", "The database in " + dataDir + " is not encrypted", null);
        }
        return rekey(dataDir, KeyDerivation.config(dataDir, currentPassword), newPassword);
    }

    private static String rekey(Path dataDir, DatabaseConfig current, char[] newPassword) {
        KeyFile fresh = KeyFile.fresh();
        String newKey = KeyDerivation.fileKey(newPassword, fresh);
        Path pending = dataDir.resolve(KeyFile.FILE_NAME + ".new");
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(current.databaseFile())) {
                // Opening proves the current password and that no other window holds the file.
                Database.open(current).close();
            }
            fresh.write(pending);
            if (Files.exists(current.databaseFile())) {
                ChangeFileEncryption.execute(dataDir.toString(), DatabaseConfig.FILE_NAME, "AES",
                        current.fileKey() == null ? null : current.fileKey().toCharArray(), newKey.toCharArray(), true);
            }
            Files.move(pending, KeyFile.path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return newKey;
        } catch (IOException | SQLException e) {
            throw WriteFailures.translate(e, "encrypting the database in " + dataDir);
        }
    }
}
