package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The word index tests of {@link SearchIndexTest} on a real PostgreSQL: probes, prefixes and TRUNCATE there too. */
class PgSearchIndexTest extends SearchIndexTest {
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
