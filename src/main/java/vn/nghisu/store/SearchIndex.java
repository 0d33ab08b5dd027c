package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.SEARCH_ENTRY;
import static vn.nghisu.store.generated.Tables.SEARCH_WORD;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.api.ErrorCode;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.domain.Texts;

/**
 * The folded search index: one entry per record (title + diacritics-free key), its words and its pairs of adjacent
 * words (so a phrase of two common words, "dân vận", is one index probe, not a scan of either word). It follows the
 * domain tables by their updated_at, so records written by any part of the app are found without hooks.
 */
public final class SearchIndex {
    private static final int KEY_MAX = 4000;
    private static final int TITLE_MAX = 300;
    private static final int CHUNK = 2000;
    private static final int WORD_MAX = 64;
    private final DSLContext dsl;
    private final Map<SearchKind, SearchSources.Mark> watermarks = new EnumMap<>(SearchKind.class);

    public SearchIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Brings the index up to date with every change since the last call; cheap when nothing changed. An index that
     * H2 reports damaged (a process killed during a build left an index entry without its row) is rebuilt.
     * Answers how many changed records it read.
     */
    public synchronized int sync() {
        try {
            return catchUp();
        } catch (DataAccessException e) {
            if (!damaged(e)) {
                throw e;
            }
            LoggerFactory.getLogger(SearchIndex.class).warn("Search index damaged, rebuilding it", e);
            return rebuild();
        }
    }

    /**
     * Empties the index and builds it again from the domain tables. The index is derived data; TRUNCATE clears
     * every index of its tables wholesale, where DELETE would leave a dangling entry in place. The build runs in
     * transactions of {@value #CHUNK} records, each moving the watermark, so a build cut short resumes later.
     */
    public synchronized int rebuild() {
        watermarks.clear();
        dsl.truncate(SEARCH_WORD).execute();
        dsl.truncate(SEARCH_ENTRY).execute();
        return catchUp();
    }

    /** H2's "row not found in primary index" and "row not found when deleting": an index entry without its row. */
    static boolean damaged(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql != null && (sql.getErrorCode() == ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX
                || sql.getErrorCode() == ErrorCode.ROW_NOT_FOUND_WHEN_DELETING_1);
    }

    private int catchUp() {
        int read = 0;
        for (SearchKind kind : SearchKind.values()) {
            SearchSources.Mark mark = watermarks.computeIfAbsent(kind, this::storedWatermark);
            List<SearchSources.Change> changes = SearchSources.changedSince(dsl, kind, mark);
            for (int i = 0; i < changes.size(); i += CHUNK) {
                // With nothing of this kind indexed yet there is nothing to replace (the first build after a generate).
                write(kind, changes.subList(i, Math.min(changes.size(), i + CHUNK)), mark != null);
            }
            if (!changes.isEmpty()) {
                watermarks.put(kind, new SearchSources.Mark(changes.get(changes.size() - 1).updatedAt(), null));
            } else if (mark != null) {
                watermarks.put(kind, mark.wholeTimestamp());
            }
            read += changes.size();
        }
        return read;
    }

    /**
     * Where the index stood when last closed: the last indexed (updated_at, id). Changes are indexed in that order
     * and committed chunk by chunk, so everything up to it is in the index even after a crash mid-build; rows
     * sharing one timestamp (a whole generated or imported batch) are not indexed again at every start.
     */
    private SearchSources.Mark storedWatermark(SearchKind kind) {
        Condition ofKind = SEARCH_ENTRY.KIND.eq(kind.name());
        OffsetDateTime last = dsl.select(DSL.max(SEARCH_ENTRY.SOURCE_UPDATED_AT)).from(SEARCH_ENTRY).where(ofKind)
                .fetchOne().value1();
        if (last == null) {
            return null;
        }
        // PostgreSQL has no max(uuid); both order UUIDs the same way.
        UUID id = dsl.select(SEARCH_ENTRY.ID).from(SEARCH_ENTRY)
                .where(ofKind.and(SEARCH_ENTRY.SOURCE_UPDATED_AT.eq(last))).orderBy(SEARCH_ENTRY.ID.desc()).limit(1)
                .fetchOne().value1();
        return new SearchSources.Mark(last, id);
    }

    private void write(SearchKind kind, List<SearchSources.Change> changes, boolean replace) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            if (replace) {
                List<UUID> ids = changes.stream().map(SearchSources.Change::id).toList();
                t.deleteFrom(SEARCH_WORD).where(SEARCH_WORD.ENTRY_ID.in(ids)).execute();
                t.deleteFrom(SEARCH_ENTRY).where(SEARCH_ENTRY.ID.in(ids)).execute();
            }
            // Prepared once, bound per row: one JDBC batch per table instead of a parsed statement per row.
            BatchBindStep entries = t.batch(t.insertInto(SEARCH_ENTRY, SEARCH_ENTRY.ID, SEARCH_ENTRY.KIND,
                    SEARCH_ENTRY.TITLE, SEARCH_ENTRY.ITEM_DATE, SEARCH_ENTRY.MEETING_ID, SEARCH_ENTRY.FOLD_KEY,
                    SEARCH_ENTRY.SOURCE_UPDATED_AT).values((UUID) null, null, null, null, null, null, null));
            BatchBindStep words = t.batch(t.insertInto(SEARCH_WORD, SEARCH_WORD.KIND, SEARCH_WORD.WORD,
                    SEARCH_WORD.ENTRY_ID).values((String) null, null, null));
            int entryCount = 0;
            int wordCount = 0;
            for (SearchSources.Change c : changes) {
                if (c.deleted() || c.title() == null) {
                    continue;
                }
                String key = truncate(Texts.foldKey(c.title() + (c.extra() == null ? "" : " " + c.extra())), KEY_MAX);
                entries.bind(c.id(), kind.name(), truncate(Texts.clean(c.title()), TITLE_MAX), c.date(),
                        c.meetingId(), key, c.updatedAt());
                entryCount++;
                for (String term : terms(key)) {
                    words.bind(kind.name(), term, c.id());
                    wordCount++;
                }
            }
            if (entryCount > 0) {
                entries.execute();
            }
            if (wordCount > 0) {
                words.execute();
            }
        });
    }

    /** Up to perKind hits of each kind whose folded text contains the folded query (see {@link SearchQuery}). */
    public Map<SearchKind, List<SearchHit>> search(String query, int perKind) {
        String folded = Texts.foldKey(Texts.nfc(query));
        List<String> parts = words(folded);
        if (parts.isEmpty()) {
            return new EnumMap<>(SearchKind.class);
        }
        return new SearchQuery(dsl, folded, parts).run(perKind);
    }

    /** What is indexed for a folded key: each distinct word, and each pair of adjacent words (see {@link #pair}). */
    static Set<String> terms(String foldedKey) {
        List<String> words = words(foldedKey);
        Set<String> terms = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            terms.add(pair(words.get(i), words.get(i + 1)));
        }
        return terms;
    }

    /** Two adjacent words as one index term, cut to the column's width the same way for records and queries. */
    static String pair(String first, String second) {
        return truncate(first + " " + second, WORD_MAX);
    }

    /** The words of a folded text in order, letters and digits only, each cut to the column's width. */
    private static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty())
                .map(s -> truncate(s, WORD_MAX)).toList();
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
