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

    /**
     * Neither setting persists in the file, so both are in every URL. WRITE_DELAY=0: H2 loses commits on kill -9
     * without it. REUSE_SPACE=FALSE: H2 frees a chunk once it was written over 45 s ago (its creation, not its
     * death), so a save could overwrite a chunk that the last complete state on disk still needed, and a kill
     * then lost the acknowledged edit before it (CrashHarnessTest). Appending grows the file while open
     * (about 14 kB a save); {@link Database#close} compacts it.
     */
    public String jdbcUrl() {
        return url(";WRITE_DELAY=0;REUSE_SPACE=FALSE");
    }

    /** For the brief open after closing, so that H2's close compacts what the appending session wrote. */
    String compactingUrl() {
        return url(";WRITE_DELAY=0");
    }

    private String url(String settings) {
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + settings;
        return fileKey == null ? url : url + ";CIPHER=AES";
    }
}
