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
        db = Database.open(DatabaseConfig.embedded(dir));
        repos = db.repositories();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
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
