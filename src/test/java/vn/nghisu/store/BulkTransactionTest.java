package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.nghisu.store.generated.Tables.UNIT;

import org.junit.jupiter.api.Test;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/** A bulk transaction writes with H2's background writer while it runs, and leaves every later save durable. */
class BulkTransactionTest extends StoreTestBase {
    @Test
    void theWriteDelayIsBackToZeroAfterTheWorkAndTheRowsAreThere() {
        assertEquals("0", writeDelay());
        String during = db.inBulkTransaction(tx -> {
            Repositories.over(tx).units().save(new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, null));
            return writeDelay();
        });
        assertEquals("500", during, "pages written by the background writer during the import");
        assertEquals("0", writeDelay(), "every later save is written at its commit again");
        reopen();
        assertEquals(1, db.dsl().fetchCount(UNIT));
    }

    @Test
    void aFailedBulkTransactionWritesNothingAndRestoresTheDelay() {
        assertThrows(IllegalStateException.class, () -> db.inBulkTransaction(tx -> {
            Repositories.over(tx).units().save(new Unit(null, "Huyện ủy Na Hang", null, null, UnitLevel.HUYEN, null));
            throw new IllegalStateException("the package's data was refused");
        }));
        assertEquals("0", writeDelay());
        assertEquals(0, db.dsl().fetchCount(UNIT));
    }

    private String writeDelay() {
        // H2 lists the setting twice (as given in the URL and as in force); both must agree.
        return String.join(",", new java.util.TreeSet<>(db.dsl().fetch(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .getValues(0, String.class)));
    }
}
