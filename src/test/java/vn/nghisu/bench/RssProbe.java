package vn.nghisu.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * Run in a fresh JVM by {@link MemoryMeasure}: opens the province database as the app does, loads the dashboard
 * and runs the searches, then prints its resident memory after a GC (the harness's own process generated the
 * dataset and holds every measure's garbage, so its RSS would say nothing about the app's).
 */
public final class RssProbe {
    private RssProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
            new ActionItemService(db, Clock.systemDefaultZone()).dashboard();
            SearchService search = new SearchService(db);
            DatabaseMeasures.WITH.forEach(search::search);
            DatabaseMeasures.WITHOUT.forEach(search::search);
            double rss = Machine.residentMegabytesAfterGc();
            System.out.printf(Locale.ROOT, "rss=%.1f heap=%.1f committed=%.1f%n", rss, Machine.heapUsedMegabytes(),
                    Runtime.getRuntime().totalMemory() / 1048576.0);
        }
    }
}
