package vn.nghisu.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.nghisu.store.DataPaths;

/** `nghisu [--db DIR] [FILE.nghisu]` with no command opens the window; the subcommands work without one. */
@Command(name = "nghisu", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Nghị Sự — biên bản và theo dõi kết luận các buổi làm việc / working-group meetings")
public final class RootCommand implements Callable<Integer> {
    static final String PACKAGE_EXTENSION = ".nghisu";

    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder holding the database (default: $NGHISU_DB or the user data folder)")
    Path db;

    /** The file manager passes a double-clicked package here (the installers register the extension). */
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A .nghisu meeting package to import when the window opens")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DesktopLauncher.launch(DataPaths.resolve(db), checkedFile());
        return 0;
    }

    /** A mistyped command would otherwise open the window with a "file" named like it. */
    Path checkedFile() {
        if (file == null) {
            return null;
        }
        boolean isPackage = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(PACKAGE_EXTENSION);
        if (!isPackage || !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "Không có lệnh hay tệp " + PACKAGE_EXTENSION + " nào là “"
                    + file + "” / No such command or " + PACKAGE_EXTENSION + " file: " + file);
        }
        return file.toAbsolutePath();
    }
}
