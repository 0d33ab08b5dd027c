package vn.nghisu.store;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Where and how to open the database: the data folder holding the embedded H2 file, an optional
 * file-encryption key (already derived by a real KDF), and the thread the guard forbids.
 */
public record DatabaseConfig(Path dataDir, String fileKey, BooleanSupplier forbiddenThread) {
    public static final String FILE_NAME = "nghisu";

    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig(dataDir, null, () -> false);
    }

    public DatabaseConfig withGuard(BooleanSupplier forbidden) {
        return new DatabaseConfig(dataDir, fileKey, forbidden);
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }

    /** WRITE_DELAY=0 does not persist in the file, so it must be in every URL (H2 loses commits on kill -9 without it). */
    public String jdbcUrl() {
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        return fileKey == null ? url : url + ";CIPHER=AES";
    }
}
