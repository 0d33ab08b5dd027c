package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The word index tests of {@link SearchIndexTest} on a real PostgreSQL: probes, prefixes and TRUNCATE there too. */
class PgSearchIndexTest extends SearchIndexTest {
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
