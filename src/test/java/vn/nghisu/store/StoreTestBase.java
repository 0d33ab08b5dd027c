package vn.nghisu.store;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file database in a temporary folder for each test; no mocks of the database. */
abstract class StoreTestBase {
    @TempDir
    Path dir;
    Database db;
    Repositories repos;

    @BeforeEach
    void openDatabase() {
        db = open();
        repos = db.repositories();
    }

    /** The database under test: embedded H2 here; the PostgreSQL subclasses open a server schema instead. */
    Database open() {
        return Database.open(DatabaseConfig.embedded(dir));
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** Closes and opens the file again, so a test reads what is really on disk. */
    void reopen() {
        db.close();
        openDatabase();
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
