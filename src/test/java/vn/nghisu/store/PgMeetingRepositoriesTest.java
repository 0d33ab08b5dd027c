package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The meeting repository round trips of {@link MeetingRepositoriesTest}, on a real PostgreSQL. */
class PgMeetingRepositoriesTest extends MeetingRepositoriesTest {
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
