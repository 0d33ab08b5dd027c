package vn.nghisu.service;

import vn.nghisu.store.Database;
import vn.nghisu.store.PgTestDatabase;

/** {@link ConcurrentMeetingEditTest} on a shared PostgreSQL: two users, two connection pools, one schema. */
class PgConcurrentMeetingEditTest extends ConcurrentMeetingEditTest {
    private PgTestDatabase pg;

    @Override
    Database[] open() {
        pg = PgTestDatabase.create();
        return new Database[] {pg.open(dir.resolve("a")), pg.open(dir.resolve("b"))};
    }

    @Override
    void closed() {
        if (pg != null) {
            pg.close();
        }
    }
}
