package vn.nghisu.service.followup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;
import vn.nghisu.store.Database;
import vn.nghisu.store.SearchIndex;

/** Search across meetings, statements, issues, directives, action items, units and people, ignoring diacritics. */
public final class SearchService {
    public static final int PER_KIND = 10;
    private final SearchIndex index;
    private final Executor indexer;
    private final AtomicBoolean catchingUp = new AtomicBoolean();

    public SearchService(Database db) {
        this(db, work -> {
            Thread thread = new Thread(work, "nghisu-search-index");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** With the executor the background catch-up runs on (a test holds it back). */
    SearchService(Database db, Executor indexer) {
        this.index = new SearchIndex(db.dsl());
        this.indexer = indexer;
    }

    /** Brings the index up to date (after imports or generation), so the first search is quick. */
    public void refresh() {
        index.sync();
    }

    /**
     * Brings the index up to date on its own thread, for the large catch-ups: after opening a database whose index
     * was emptied by an upgrade (minutes at a province's size) or after importing a package (thousands of records).
     * Done on the app's one worker, it would hold back every save behind it. Searches meanwhile answer from the
     * index as it stands; {@link #catchingUp()} says their results may be incomplete.
     */
    public void catchUpInBackground() {
        if (!catchingUp.compareAndSet(false, true)) {
            return;
        }
        indexer.execute(() -> {
            try {
                int read = index.sync();
                LoggerFactory.getLogger(SearchService.class).info("Search index caught up: {} records read", read);
            } catch (RuntimeException e) {
                // the database closed at exit, or a failure the next search's own catch-up will meet and report
                LoggerFactory.getLogger(SearchService.class).info("Search index catch-up stopped: {}", e.getMessage());
            } finally {
                catchingUp.set(false);
            }
        });
    }

    /** Whether a background catch-up is running: search results may lack the latest records. */
    public boolean catchingUp() {
        return catchingUp.get();
    }

    public Map<SearchKind, List<SearchHit>> search(String query) {
        return search(query, PER_KIND);
    }

    public Map<SearchKind, List<SearchHit>> search(String query, int perKind) {
        if (!catchingUp.get()) {
            index.sync();
        }
        return index.search(query, perKind);
    }
}
