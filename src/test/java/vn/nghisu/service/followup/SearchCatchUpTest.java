package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** The large catch-ups of the search index run on their own thread; searches meanwhile do not wait for them. */
class SearchCatchUpTest {
    @TempDir
    Path dir;
    Database db;
    /** The indexer's work, held back until the test runs it. */
    final List<Runnable> held = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.embedded(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSearchDuringTheCatchUpAnswersFromTheIndexAsItStandsAndSaysSo() {
        SearchService search = new SearchService(db, held::add);
        save("Ủy ban nhân dân huyện Lâm Bình");
        assertEquals(1, hits(search, "lam binh"), "an ordinary search catches the index up first");
        save("Hội Liên hiệp Phụ nữ huyện Lâm Bình");
        search.catchUpInBackground();
        assertTrue(search.catchingUp());
        assertEquals(1, hits(search, "lam binh"), "the new unit is not indexed yet, and the search did not wait");
        search.catchUpInBackground();
        assertEquals(1, held.size(), "one catch-up at a time");
        held.get(0).run();
        assertFalse(search.catchingUp());
        assertEquals(2, hits(search, "lam binh"));
    }

    @Test
    void theRealIndexerThreadCatchesUp() throws Exception {
        SearchService search = new SearchService(db);
        for (int i = 0; i < 50; i++) {
            save("Ủy ban nhân dân xã Thượng Lâm " + i);
        }
        search.catchUpInBackground();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (search.catchingUp() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(search.catchingUp());
        assertEquals(10, hits(search, "thuong lam"), "the limit per kind, from an index built off the caller's thread");
    }

    private void save(String name) {
        db.repositories().units().save(new Unit(null, name, null, null, UnitLevel.XA, null));
    }

    private int hits(SearchService search, String query) {
        return search.search(query).getOrDefault(SearchKind.UNIT, List.of()).size();
    }
}
