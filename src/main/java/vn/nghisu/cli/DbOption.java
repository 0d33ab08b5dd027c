package vn.nghisu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.nghisu.service.ServerChoice;
import vn.nghisu.service.Settings;
import vn.nghisu.store.DataPaths;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** The --db option every command shares: the data folder that holds the database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Data folder holding the database (default: $NGHISU_DB or the user data folder)")
    Path db;
    @Option(names = "--db-url", paramLabel = "URL",
            description = "Shared office PostgreSQL database, e.g. jdbc:postgresql://server/nghisu (or $NGHISU_DB_URL)")
    String dbUrl;
    @Option(names = "--db-user", paramLabel = "USER", description = "User for --db-url (or $NGHISU_DB_USER)")
    String dbUser;
    @Option(names = "--db-password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "Password for --db-url (or $NGHISU_DB_PASSWORD)")
    String dbPassword;

    public Path dataDir() {
        return DataPaths.resolve(db);
    }

    public Database open() {
        Path dir = dataDir();
        return Database.open(DatabaseConfig.embedded(dir), ServerChoice.resolve(dbUrl, dbUser, dbPassword, Settings.load(dir)));
    }
}
