package vn.nghisu.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.service.EncryptionService;

/**
 * `encrypt --password-file F`: encrypts the database with the password in F; on an encrypted database,
 * `--new-password-file N` changes its password (F then holds the current one).
 */
@Command(name = "encrypt", description = "Encrypt the database, or change its password with --new-password-file")
public final class EncryptCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Option(names = "--new-password-file", paramLabel = "FILE", description = "New password, to change the password")
    Path newPasswordFile;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (db.passwordFile == null) {
            throw new UserError("Hãy chỉ ra tệp mật khẩu bằng --password-file", "give the password with --password-file FILE");
        }
        EncryptionService encryption = new EncryptionService(db.dataDir(), Clock.systemDefaultZone());
        if (encryption.isEncrypted()) {
            if (newPasswordFile == null) {
                throw new UserError("Cơ sở dữ liệu đã được mã hóa; để đổi mật khẩu hãy thêm --new-password-file",
                        "the database is already encrypted; to change the password add --new-password-file FILE");
            }
            db.open().close();
            encryption.changePassword(null, db.password(), PasswordFiles.read(newPasswordFile));
            spec.commandLine().getOut().println("Đã đổi mật khẩu / password changed");
        } else {
            encryption.encrypt(null, db.password());
            spec.commandLine().getOut().println("Đã mã hóa / encrypted: " + db.dataDir());
        }
        return 0;
    }
}
