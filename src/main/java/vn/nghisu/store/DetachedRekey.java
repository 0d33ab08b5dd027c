package vn.nghisu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts or re-keys a database file that is not the live one (a backup's copy) with the same H2
 * ChangeFileEncryption the live database uses, in a private work folder beside it that is always removed.
 */
final class DetachedRekey {
    private DetachedRekey() {
    }

    /** fromKey null: the file is plain. On failure the file is gone (it is a temporary copy). */
    static void rekey(Path file, String fromKey, String toKey) throws IOException, SQLException {
        Path work = file.resolveSibling(file.getFileName() + ".rekey");
        deleteTree(work);
        Files.createDirectories(work);
        Path inWork = work.resolve(Backups.DB_ENTRY);
        try {
            Files.move(file, inWork);
            ChangeFileEncryption.execute(work.toString(), DatabaseConfig.FILE_NAME, "AES",
                    fromKey == null ? null : fromKey.toCharArray(), toKey.toCharArray(), true);
            Files.move(inWork, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(work);
        }
    }

    /** An H2 MVStore file starts with "H:2," and an encrypted one with "H2encrypt". */
    static boolean isEncrypted(Path dbFile) throws IOException {
        return header(dbFile).startsWith("H2encrypt");
    }

    static String header(Path dbFile) throws IOException {
        byte[] head = new byte[9];
        try (var in = Files.newInputStream(dbFile)) {
            int n = in.readNBytes(head, 0, head.length);
            return new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
