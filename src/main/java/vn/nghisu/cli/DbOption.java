package vn.nghisu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.nghisu.store.DataPaths;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** The --db option every command shares: the data folder that holds the database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder holding the database (default: $NGHISU_DB or the user data folder)")
    Path db;

    public Path dataDir() {
        return DataPaths.resolve(db);
    }

    public Database open() {
        return Database.open(DatabaseConfig.embedded(dataDir()));
    }
}
