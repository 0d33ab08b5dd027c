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
import vn.nghisu.store.ClosedDatabase;

/**
 * `restore --from FILE`: puts a backup back, after backing up the current database into backups/. An unencrypted
 * backup into an encrypted database needs --password-file and is encrypted with that password.
 */
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
        boolean needsKey = new ClosedDatabase(db.dataDir()).needsKeyToRestore(from);
        if (needsKey && db.passwordFile == null) {
            throw new UserError("Bản sao lưu " + from + " chưa được mã hóa; để khôi phục vào dữ liệu đã mã hóa hãy chỉ ra "
                    + "mật khẩu hiện tại bằng --password-file (bản sao lưu sẽ được mã hóa). Dữ liệu không thay đổi",
                    "the backup " + from + " is not encrypted; to restore it into this encrypted database give the current "
                    + "password with --password-file (it is then encrypted). Nothing was changed");
        }
        backups.restore(needsKey ? db.open() : null, from);
        spec.commandLine().getOut().println("Đã khôi phục / restored from: " + from.toAbsolutePath());
        spec.commandLine().getOut().println("Bản trước đó được lưu trong / the previous database is kept in: "
                + backups.folder());
        return 0;
    }
}
