package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.service.demo.ProvinceGenerator;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * Not a test: generates (once) a province's ten years and prints dashboard-load and search timings
 * (p50/p95). Goals: dashboard ≤ 300 ms, search ≤ 50 ms. Args: [data folder] [scale].
 */
public final class FollowUpBenchmark {
    private static final List<String> QUERIES = List.of("tai chinh", "bien che", "Lâm Bình", "nong thon moi",
            "chuyen doi so", "Nguyễn Văn", "quy hoach can bo", "dan van", "kinh phi", "Mèo Vạc", "sap xep",
            "de an vi tri viec lam", "xyz khong co");

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-db");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        boolean fresh = !Files.exists(dir.resolve("nghisu.mv.db"));
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            SearchService search = new SearchService(db);
            if (fresh) {
                long t0 = System.nanoTime();
                System.out.println(new ProvinceGenerator(db, 20161, LocalDate.of(2026, 11, 30)).generate(scale));
                long t1 = System.nanoTime();
                search.refresh();
                long t2 = System.nanoTime();
                System.out.printf("generate %.1f s, index %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            }
            search.refresh();
            ActionItemService actions = new ActionItemService(db, Clock.systemDefaultZone());
            report("dashboard load", time(30, actions::dashboard));
            report("overdue list (first 500)", time(30, () -> actions.list(ActionFilter.all().withOverdueOnly(true)
                    .limitedTo(500))));
            List<Long> searches = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String q : QUERIES) {
                    searches.addAll(time(1, () -> search.search(q)));
                }
            }
            report("search (" + QUERIES.size() + " queries x 5)", searches);
            report("  of which index sync", time(30, () -> {
                search.refresh();
                return null;
            }));
            System.out.println("tables: " + db.tableCounts());
        }
    }

    private static List<Long> time(int runs, Supplier<?> work) {
        work.get();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - t) / 1000);
        }
        return micros;
    }

    private static void report(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%-32s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)%n", what,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0, sorted.size());
    }
}
