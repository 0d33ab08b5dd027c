package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The optimistic row_version checks of {@link RecordVersionsTest}, on a real PostgreSQL. */
class PgRecordVersionsTest extends RecordVersionsTest {
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
