package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The directory repository round trips of {@link DirectoryRepositoriesTest}, on a real PostgreSQL. */
class PgDirectoryRepositoriesTest extends DirectoryRepositoriesTest {
    private PgTestDatabase pg;

    @Override
    Database open() {
        if (pg == null) {
            pg = PgTestDatabase.create();
        }
        return pg.open(dir);
    }

    @AfterEach
    void dropSchema() {
        if (pg != null) {
            db.close();
            pg.close();
        }
    }
}
