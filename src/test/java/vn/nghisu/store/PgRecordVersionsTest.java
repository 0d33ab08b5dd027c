package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The optimistic row_version checks of {@link RecordVersionsTest}, on a real PostgreSQL. */
class PgRecordVersionsTest extends RecordVersionsTest {
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
