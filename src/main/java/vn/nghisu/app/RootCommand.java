package vn.nghisu.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nghisu.store.DataPaths;

/** `nghisu [--db DIR]` with no command opens the window; the subcommands work without one. */
@Command(name = "nghisu", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Nghị Sự — biên bản và theo dõi kết luận các buổi làm việc / working-group meetings")
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder holding the database (default: $NGHISU_DB or the user data folder)")
    Path db;

    @Override
    public Integer call() {
        DesktopLauncher.launch(DataPaths.resolve(db));
        return 0;
    }
}
