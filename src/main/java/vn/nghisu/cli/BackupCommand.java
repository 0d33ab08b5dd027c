package vn.nghisu.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.service.BackupService;
import vn.nghisu.store.Database;

/** `backup --out FILE`: a backup zip of the database (still encrypted if the database is). */
@Command(name = "backup", description = "Write a backup of the database to a zip file")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (.zip)")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BackupService backups = new BackupService(db.dataDir(), Clock.systemDefaultZone());
        if (db.passwordFile == null && vn.nghisu.store.FileEncryption.isEncrypted(db.dataDir())) {
            // No password needed: the encrypted file is copied as it is, under H2's lock.
            backups.backupClosedTo(out);
        } else {
            try (Database database = db.open()) {
                backups.backupTo(database, out);
            }
        }
        spec.commandLine().getOut().println("Đã sao lưu / backed up to: " + out.toAbsolutePath());
        return 0;
    }
}
