package vn.nghisu.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The key-derivation parameters stored beside an encrypted database (nghisu.key): salt and iteration
 * count, never the password or the key. Its presence is what marks the database as encrypted.
 */
public record KeyFile(byte[] salt, int iterations) {
    public static final String FILE_NAME = DatabaseConfig.FILE_NAME + ".key";
    public static final int MIN_ITERATIONS = 600_000;

    public static KeyFile fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new KeyFile(salt, MIN_ITERATIONS);
    }

    public static Path path(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(path(dataDir));
    }

    public static KeyFile read(Path dataDir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path(dataDir), StandardCharsets.UTF_8)) {
            p.load(in);
            int iterations = Integer.parseInt(p.getProperty("iterations", "0"));
            byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
            if (iterations < MIN_ITERATIONS || salt.length < 16) {
                throw new IllegalArgumentException("weak or missing parameters");
            }
            return new KeyFile(salt, iterations);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("error.key.file", "The key file " + path(dataDir) + " is missing or damaged", e);
        }
    }

    /** Written to a temporary file and moved into place, so a crash leaves the old file or the new one. */
    public void write(Path target) throws IOException {
        Properties p = new Properties();
        p.setProperty("kdf", KeyDerivation.ALGORITHM);
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Nghị Sự: key derivation parameters (no secret)");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
