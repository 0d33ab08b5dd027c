package vn.nghisu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.service.BackupService;

/** `restore --from FILE`: puts a backup back, after backing up the current database into backups/. */
@Command(name = "restore", description = "Replace the database with a backup (the current one is backed up first)")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file (.zip)")
    Path from;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from)) {
            throw new UserError("Không tìm thấy tệp sao lưu " + from, "no backup file " + from);
        }
        BackupService backups = new BackupService(db.dataDir(), Clock.systemDefaultZone());
        backups.restore(null, from);
        spec.commandLine().getOut().println("Đã khôi phục / restored from: " + from.toAbsolutePath());
        spec.commandLine().getOut().println("Bản trước đó được lưu trong / the previous database is kept in: " + backups.folder());
        return 0;
    }
}
