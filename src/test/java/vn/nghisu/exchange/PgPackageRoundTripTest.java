package vn.nghisu.exchange;

import org.junit.jupiter.api.AfterEach;
import vn.nghisu.store.Database;
import vn.nghisu.store.PgTestDatabase;

/** The package round trips of {@link PackageRoundTripTest} into a shared office database on PostgreSQL. */
class PgPackageRoundTripTest extends PackageRoundTripTest {
    private PgTestDatabase pg;

    @Override
    Database openOffice() {
        pg = PgTestDatabase.create();
        return pg.open(dir.resolve("office"));
    }

    @AfterEach
    void dropSchema() {
        if (pg != null) {
            target.close();
            pg.close();
        }
    }
}
