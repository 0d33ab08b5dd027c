package vn.nghisu.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.nghisu.store.Backups;
import vn.nghisu.store.ClosedDatabase;
import vn.nghisu.store.Database;

/**
 * Backups of the database in the rotated backups/ folder beside it: on demand, once a day at start,
 * to a chosen file, and the restore that puts one back (after backing up what it replaces).
 */
public final class BackupService {
    public static final Duration DAILY = Duration.ofHours(24);
    private final Path dataDir;
    private final Clock clock;
    private final Backups backups;

    public BackupService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.backups = new Backups(dataDir, clock);
    }

    public Path folder() {
        return backups.folder();
    }

    public List<Path> list() {
        return backups.list();
    }

    public Path backupNow(Database db) {
        return backups.create(db, "manual");
    }

    /** The start-up backup: taken when there is none yet or the newest is more than a day old. */
    public Optional<Path> backupIfDue(Database db) {
        Optional<LocalDateTime> latest = backups.latest();
        if (latest.isPresent() && Duration.between(latest.get(), LocalDateTime.now(clock)).compareTo(DAILY) < 0) {
            return Optional.empty();
        }
        return Optional.of(backups.create(db, "daily"));
    }

    /** A backup to a file the user chose (the CLI's --out), written atomically. */
    public void backupTo(Database db, Path file) {
        backups.writeTo(db, file);
    }

    /** A backup to a file of a database no process has open (the CLI when the password is not at hand). */
    public void backupClosedTo(Path file) {
        new ClosedDatabase(dataDir).backupTo(file);
    }

    /**
     * Puts a backup back. The open database (if any) is backed up and closed first, so the caller must
     * reopen or restart; a closed one is backed up by copying its file. An unencrypted backup restored into an
     * encrypted installation is encrypted with the open database's key; with no open database it is refused
     * (error.restore.plainIntoEncrypted) before anything changes, never restored unencrypted.
     */
    public void restore(Database openOrNull, Path from) {
        ClosedDatabase target = new ClosedDatabase(dataDir);
        String key = openOrNull == null ? null : openOrNull.config().fileKey();
        if (key == null && target.needsKeyToRestore(from)) {
            throw ClosedDatabase.plainIntoEncrypted(from);
        }
        if (openOrNull != null) {
            backups.create(openOrNull, "before-restore");
            openOrNull.close();
        } else {
            backups.createClosed("before-restore");
        }
        target.restoreFrom(from, key);
    }
}
