package vn.nghisu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.nghisu.store.DataPaths;
import vn.nghisu.store.Database;
import vn.nghisu.store.KeyDerivation;
import vn.nghisu.store.StoreException;

/** The options every command shares: the data folder, and the password file of an encrypted database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder holding the database (default: $NGHISU_DB or the user data folder)")
    Path db;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password of an encrypted database")
    Path passwordFile;

    public Path dataDir() {
        return DataPaths.resolve(db);
    }

    public Database open() {
        try {
            return Database.open(KeyDerivation.config(dataDir(), password()));
        } catch (StoreException e) {
            if ("error.db.needsPassword".equals(e.key())) {
                throw new UserError("Cơ sở dữ liệu đã được mã hóa: hãy chỉ ra tệp mật khẩu bằng --password-file",
                        "the database is encrypted: give its password with --password-file FILE");
            }
            if ("error.db.password".equals(e.key())) {
                throw new UserError("Mật khẩu không đúng; dữ liệu không thay đổi",
                        "wrong password; nothing was changed");
            }
            throw e;
        }
    }

    /** The first line of the password file, or null when none was given. */
    public char[] password() {
        return passwordFile == null ? null : PasswordFiles.read(passwordFile);
    }
}
