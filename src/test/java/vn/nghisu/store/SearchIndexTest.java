package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nghisu.store.generated.Tables.SEARCH_ENTRY;
import static vn.nghisu.store.generated.Tables.SEARCH_WORD;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/** The word index at more than a probe's worth of records: drivers, limits, rebuild and resuming a cut build. */
class SearchIndexTest extends StoreTestBase {
    /** More communes than a probe counts, so "ủy ban nhân dân" is a common phrase and "huyện" a rare word. */
    private static final int COMMUNES = SearchQuery.PROBE_CAP + 30;

    @BeforeEach
    void units() {
        db.inTransaction(r -> {
            IntStream.range(0, COMMUNES).forEach(i -> r.units().save(new Unit(null, "Ủy ban nhân dân xã số " + i,
                    null, null, UnitLevel.XA, null)));
            r.units().save(new Unit(null, "Ủy ban nhân dân huyện Na Hang", null, null, UnitLevel.HUYEN, null));
            return null;
        });
    }

    private List<String> units(SearchIndex index, String query, int perKind) {
        index.sync();
        return index.search(query, perKind).getOrDefault(SearchKind.UNIT, List.of()).stream()
                .map(SearchHit::title).toList();
    }

    @Test
    void aRareWordAfterCommonOnesFindsTheOneRecord() {
        SearchIndex index = new SearchIndex(db.dsl());
        assertEquals(List.of("Ủy ban nhân dân huyện Na Hang"), units(index, "uy ban nhan dan huyen", 10));
        assertEquals(List.of("Ủy ban nhân dân huyện Na Hang"), units(index, "nhân dân huyện na h", 10));
    }

    @Test
    void theFirstWordMustBeAWholeWordEvenWhenAnotherDrives() {
        SearchIndex index = new SearchIndex(db.dsl());
        assertEquals(List.of(), units(index, "an dan huyen", 10));
        assertEquals(List.of(), units(index, "dan huyen x", 10));
    }

    @Test
    void adjacentWordsAreIndexedAsOnePairTerm() {
        assertEquals(List.of("uy", "ban", "so", "7", "uy ban", "ban so", "so 7"),
                List.copyOf(SearchIndex.terms("uy ban so 7")));
        new SearchIndex(db.dsl()).sync();
        assertEquals(1, db.dsl().fetchCount(SEARCH_WORD, SEARCH_WORD.WORD.eq("dan huyen")));
        assertEquals(COMMUNES, db.dsl().fetchCount(SEARCH_WORD, SEARCH_WORD.WORD.eq("dan xa")));
    }

    @Test
    void aPhraseOfCommonWordsThatNoRecordHasFindsNothing() {
        SearchIndex index = new SearchIndex(db.dsl());
        assertEquals(List.of(), units(index, "ban nhan dan xa huyen", 10));
        assertEquals(List.of(), units(index, "xa dan", 10));
        assertEquals(List.of("Ủy ban nhân dân xã số 229"), units(index, "nhan dan xa so 229", 10));
    }

    @Test
    void eachKindGivesAtMostTheLimit() {
        SearchIndex index = new SearchIndex(db.dsl());
        assertEquals(7, units(index, "uy ban", 7).size());
        assertEquals(1, units(index, "so 229", 7).size());
    }

    @Test
    void rebuildingTwiceGivesTheSameIndex() {
        SearchIndex index = new SearchIndex(db.dsl());
        index.sync();
        int entries = db.dsl().fetchCount(SEARCH_ENTRY);
        int words = db.dsl().fetchCount(SEARCH_WORD);
        index.rebuild();
        index.rebuild();
        assertEquals(COMMUNES + 1, entries);
        assertEquals(entries, db.dsl().fetchCount(SEARCH_ENTRY));
        assertEquals(words, db.dsl().fetchCount(SEARCH_WORD));
        assertEquals(List.of("Ủy ban nhân dân huyện Na Hang"), units(index, "huyen", 10));
    }

    @Test
    void aBuildCutShortIsCompletedByTheNextSync() {
        new SearchIndex(db.dsl()).sync();
        // As if the process died after the first chunks: the latest half of the entries never committed.
        OffsetDateTime middle = db.dsl().select(SEARCH_ENTRY.SOURCE_UPDATED_AT).from(SEARCH_ENTRY)
                .orderBy(SEARCH_ENTRY.SOURCE_UPDATED_AT).limit(1).offset(COMMUNES / 2).fetchOne().value1();
        db.dsl().deleteFrom(SEARCH_WORD).where(SEARCH_WORD.ENTRY_ID.in(DSL.select(SEARCH_ENTRY.ID).from(SEARCH_ENTRY)
                .where(SEARCH_ENTRY.SOURCE_UPDATED_AT.ge(middle)))).execute();
        db.dsl().deleteFrom(SEARCH_ENTRY).where(SEARCH_ENTRY.SOURCE_UPDATED_AT.ge(middle)).execute();
        assertTrue(db.dsl().fetchCount(SEARCH_ENTRY) < COMMUNES);
        SearchIndex reopened = new SearchIndex(db.dsl());
        assertEquals(List.of("Ủy ban nhân dân huyện Na Hang"), units(reopened, "huyen na", 10));
        assertEquals(COMMUNES + 1, db.dsl().fetchCount(SEARCH_ENTRY));
    }

    @Test
    void aNewProcessReadsNothingAgainWhenABatchSharesOneTimestamp() {
        sameTimestampForAllUnits();
        assertEquals(COMMUNES + 1, new SearchIndex(db.dsl()).sync());
        assertEquals(0, new SearchIndex(db.dsl()).sync(), "nothing changed since the last build");
        db.repositories().units().save(new Unit(null, "Hội Nông dân huyện", null, null, UnitLevel.HUYEN, null));
        assertEquals(1, new SearchIndex(db.dsl()).sync());
    }

    @Test
    void aBuildCutShortInsideOneTimestampIsCompletedByTheNextSync() {
        sameTimestampForAllUnits();
        new SearchIndex(db.dsl()).sync();
        // The process died after the first chunk of a batch sharing one updated_at: entries are written in id order.
        var middle = db.dsl().select(SEARCH_ENTRY.ID).from(SEARCH_ENTRY).orderBy(SEARCH_ENTRY.ID).limit(1)
                .offset(COMMUNES / 2).fetchOne().value1();
        db.dsl().deleteFrom(SEARCH_WORD).where(SEARCH_WORD.ENTRY_ID.ge(middle)).execute();
        int left = db.dsl().deleteFrom(SEARCH_ENTRY).where(SEARCH_ENTRY.ID.ge(middle)).execute();
        assertEquals(left, new SearchIndex(db.dsl()).sync(), "exactly the missing entries are read again");
        assertEquals(COMMUNES + 1, db.dsl().fetchCount(SEARCH_ENTRY));
        assertEquals(List.of("Ủy ban nhân dân huyện Na Hang"), units(new SearchIndex(db.dsl()), "huyen na", 10));
    }

    /** As a generated or imported batch: every unit saved with one updated_at. */
    private void sameTimestampForAllUnits() {
        db.dsl().update(vn.nghisu.store.generated.Tables.UNIT)
                .set(vn.nghisu.store.generated.Tables.UNIT.UPDATED_AT, OffsetDateTime.parse("2026-11-24T08:00:00+07:00"))
                .execute();
    }

    @Test
    void damageIsRecognisedByH2sRowNotFoundCodes() {
        assertTrue(SearchIndex.damaged(new DataAccessException("x", new SQLException("row", "HY000", 90143))));
        assertTrue(SearchIndex.damaged(new DataAccessException("x", new SQLException("row", "HY000", 90112))));
        assertFalse(SearchIndex.damaged(new DataAccessException("x", new SQLException("dup", "23505", 23505))));
    }
}
