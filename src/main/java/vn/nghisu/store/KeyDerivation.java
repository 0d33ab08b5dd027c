package vn.nghisu.store;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the user's password into the H2 file key with PBKDF2-HMAC-SHA256, because H2's own
 * CIPHER=AES password stretch is only 10 rounds. The result is hex, given to H2 as the file password.
 */
public final class KeyDerivation {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private KeyDerivation() {
    }

    public static String fileKey(char[] password, KeyFile params) {
        if (password == null || password.length == 0) {
            throw new StoreException("error.password.empty", "The password is empty", null);
        }
        PBEKeySpec spec = new PBEKeySpec(password, params.salt(), params.iterations(), 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The config for opening the database in dataDir: encrypted when its key file exists. */
    public static DatabaseConfig config(java.nio.file.Path dataDir, char[] password) {
        if (!KeyFile.exists(dataDir)) {
            return DatabaseConfig.embedded(dataDir);
        }
        if (password == null || password.length == 0) {
            throw new StoreException("error.db.needsPassword", "The database in " + dataDir + " is encrypted: a password is needed",
                    null);
        }
        return new DatabaseConfig(dataDir, fileKey(password, KeyFile.read(dataDir)), () -> false);
    }
}
