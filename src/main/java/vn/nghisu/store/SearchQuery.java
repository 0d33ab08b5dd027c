package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.SEARCH_ENTRY;
import static vn.nghisu.store.generated.Tables.SEARCH_WORD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.impl.DSL;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;

/**
 * One search over the word index. Every query word but the last must be a whole word of the record, the last a
 * word prefix (it may still be being typed), and the folded text must contain the folded query. The index terms
 * looked up are the query's pairs of adjacent words (its one word alone), the last one a prefix. Per kind the
 * rarest term drives the lookup, found by counting each term's index rows up to a cap: driving by a common one
 * would check thousands of rows for a phrase that is rare. Pairs make a phrase of two common words rare:
 * "dan" and "van" are each in ten thousand records, "dan van" in none of the action items.
 */
final class SearchQuery {
    /** Above this many rows a word counts as "common"; the probes read at most this many index rows each. */
    static final int PROBE_CAP = 200;
    /** A word this rare drives well enough; probing further words would cost more than it saves. */
    static final int RARE_ENOUGH = 20;
    private final DSLContext dsl;
    private final String folded;
    private final String firstWord;
    /** Index terms to look up; the last one is a prefix. */
    private final List<String> terms;

    SearchQuery(DSLContext dsl, String folded, List<String> words) {
        this.dsl = dsl;
        this.folded = folded;
        this.firstWord = words.get(0);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(SearchIndex.pair(words.get(i), words.get(i + 1)));
        }
        this.terms = words.size() == 1 ? words : pairs;
    }

    Map<SearchKind, List<SearchHit>> run(int perKind) {
        Map<SearchKind, List<SearchHit>> hits = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Integer> drivers = drivers();
        Select<Record5<String, UUID, String, LocalDate, UUID>> union = null;
        for (Map.Entry<SearchKind, Integer> d : drivers.entrySet()) {
            var one = hitsOf(d.getKey(), d.getValue(), perKind);
            union = union == null ? one : union.unionAll(one);
        }
        if (union == null) {
            return hits;
        }
        for (var r : dsl.fetch(union)) {
            SearchKind kind = SearchKind.valueOf(r.value1());
            hits.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new SearchHit(kind, r.value2(), r.value3(), r.value4(), r.value5()));
        }
        return hits;
    }

    /**
     * For each kind that has every term, the position of its rarest term; a kind missing a term cannot match.
     * Whole terms are probed before the prefix (usually short, so common), and a rare enough term ends the probing.
     */
    private Map<SearchKind, Integer> drivers() {
        Map<SearchKind, Integer> drivers = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            int best = -1;
            int bestCount = Integer.MAX_VALUE;
            for (int i : probeOrder()) {
                int count = dsl.fetchCount(DSL.selectOne().from(SEARCH_WORD).where(SEARCH_WORD.KIND.eq(kind.name()))
                        .and(wordMatches(i)).limit(PROBE_CAP));
                if (count < bestCount) {
                    best = i;
                    bestCount = count;
                }
                if (count <= RARE_ENOUGH) {
                    break;
                }
            }
            if (bestCount > 0) {
                drivers.put(kind, best);
            }
        }
        return drivers;
    }

    /** Longest whole terms first, the prefix last. */
    private List<Integer> probeOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size() - 1; i++) {
            order.add(i);
        }
        order.sort((a, b) -> terms.get(b).length() - terms.get(a).length());
        order.add(terms.size() - 1);
        return order;
    }

    private Select<Record5<String, UUID, String, LocalDate, UUID>> hitsOf(SearchKind kind, int driver, int limit) {
        Condition where = SEARCH_WORD.KIND.eq(kind.name()).and(wordMatches(driver))
                .and(SEARCH_ENTRY.FOLD_KEY.contains(folded));
        if (driver != 0) {
            // Later words are whole words by the spaces around them in the phrase; the first one needs a check.
            var first = SEARCH_WORD.as("first_word");
            where = where.andExists(DSL.selectOne().from(first).where(first.KIND.eq(kind.name()))
                    .and(first.WORD.eq(firstWord)).and(first.ENTRY_ID.eq(SEARCH_ENTRY.ID)));
        }
        return dsl.selectDistinct(SEARCH_ENTRY.KIND, SEARCH_ENTRY.ID, SEARCH_ENTRY.TITLE, SEARCH_ENTRY.ITEM_DATE,
                        SEARCH_ENTRY.MEETING_ID)
                .from(SEARCH_WORD).join(SEARCH_ENTRY).on(SEARCH_ENTRY.ID.eq(SEARCH_WORD.ENTRY_ID))
                .where(where).limit(limit);
    }

    private Condition wordMatches(int i) {
        // Terms hold letters, digits and one space, so the prefix needs no escaping; inline, so H2 makes it a range.
        return i == terms.size() - 1 ? SEARCH_WORD.WORD.like(DSL.inline(terms.get(i) + "%"))
                : SEARCH_WORD.WORD.eq(terms.get(i));
    }
}
