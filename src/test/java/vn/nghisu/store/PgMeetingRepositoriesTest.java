package vn.nghisu.store;

import org.junit.jupiter.api.AfterEach;

/** The meeting repository round trips of {@link MeetingRepositoriesTest}, on a real PostgreSQL. */
class PgMeetingRepositoriesTest extends MeetingRepositoriesTest {
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
