package vn.nghisu.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The rotated backups in the backups/ folder beside the database: zips holding the database file as H2's
 * BACKUP TO writes it (still encrypted if the database is) and the key file beside it.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    static final String DB_ENTRY = DatabaseConfig.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("nghisu-(\\d{8}-\\d{6}-\\d{3})(-[a-z-]+)?\\.zip");
    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Backs up the open database into the folder, then rotates; reason is a short tag in the file name. */
    public Path create(Database db, String reason) {
        return create(db.dataSource(), reason);
    }

    Path create(DataSource source, String reason) {
        Path target = nextFile(reason);
        writeTo(source, target);
        rotate();
        return target;
    }

    /** Backs up a database no process has open by copying its file; nothing when there is no database yet. */
    public Optional<Path> createClosed(String reason) {
        ClosedDatabase closed = new ClosedDatabase(dataDir);
        if (!closed.exists()) {
            return Optional.empty();
        }
        Path target = nextFile(reason);
        closed.backupTo(target);
        rotate();
        return Optional.of(target);
    }

    private Path nextFile(String reason) {
        return folder().resolve("nghisu-" + STAMP.format(LocalDateTime.now(clock)) + "-" + reason + ".zip");
    }

    /** Writes a backup of the open database to any file, atomically: a failure leaves no partial zip. */
    public void writeTo(Database db, Path target) {
        writeTo(db.dataSource(), target);
    }

    private void writeTo(DataSource source, Path target) {
        Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(tmp.getParent());
            Files.deleteIfExists(tmp);
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + tmp.toString().replace("'", "''") + "'");
            }
            addKeyFile(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(tmp);
            throw WriteFailures.translate(e, "writing the backup " + target);
        }
    }

    private void addKeyFile(Path zip) throws IOException {
        if (KeyFile.exists(dataDir)) {
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
                Files.copy(KeyFile.path(dataDir), fs.getPath(KeyFile.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Our backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> taken(p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> taken(p).orElseThrow()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Optional<LocalDateTime> latest() {
        return list().stream().findFirst().flatMap(Backups::taken);
    }

    static Optional<LocalDateTime> taken(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        try {
            return m.matches() ? Optional.of(LocalDateTime.parse(m.group(1), STAMP)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Deletes what {@link BackupRotation} does not keep; files that are not our backups are never touched. */
    public void rotate() {
        List<Path> all = list();
        List<LocalDateTime> delete = BackupRotation.toDelete(all.stream().map(p -> taken(p).orElseThrow()).toList(),
                LocalDateTime.now(clock));
        List<Path> failed = new ArrayList<>();
        for (Path p : all) {
            if (delete.contains(taken(p).orElseThrow()) && !deleteQuietly(p)) {
                failed.add(p);
            }
        }
        if (!failed.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(Backups.class).warn("Old backups not deleted: {}", failed);
        }
    }

    static boolean deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
