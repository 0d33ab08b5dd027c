package vn.nghisu.service.followup;

import java.util.List;
import java.util.Map;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.store.Database;
import vn.nghisu.store.SearchIndex;

/** Search across meetings, statements, issues, directives, action items, units and people, ignoring diacritics. */
public final class SearchService {
    public static final int PER_KIND = 10;
    private final SearchIndex index;

    public SearchService(Database db) {
        this.index = new SearchIndex(db.dsl());
    }

    /** Brings the index up to date (after imports or generation), so the first search is quick. */
    public void refresh() {
        index.sync();
    }

    public Map<SearchKind, List<SearchHit>> search(String query) {
        return search(query, PER_KIND);
    }

    public Map<SearchKind, List<SearchHit>> search(String query, int perKind) {
        index.sync();
        return index.search(query, perKind);
    }
}
