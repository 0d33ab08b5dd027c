package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The directory repository round trips of {@link DirectoryRepositoriesTest}, on a real PostgreSQL. */
class PgDirectoryRepositoriesTest extends DirectoryRepositoriesTest {
    private final PgTestDatabase.PerTest pg = new PgTestDatabase.PerTest();

    @Override
    Database open() {
        return pg.open(dir);
    }

    @AfterEach
    void dropSchema() {
        pg.drop(db);
    }
}
