package vn.nghisu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.service.demo.ProvinceGenerator;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * Not a test: generates (once) a province's ten years and prints generation, dashboard-load and search timings
 * (p50/p95, wall clock and this thread's CPU time, which a busy shared machine disturbs less).
 * Goals: dashboard ≤ 300 ms, search p95 ≤ 50 ms. Args: [data folder] [scale] [rounds].
 * Run after {@code ./mvnw -q -DskipTests test-compile} and {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.nghisu.bench.FollowUpBenchmark target/bench-db 1.0}.
 */
public final class FollowUpBenchmark {
    private static final List<String> QUERIES = List.of("tai chinh", "bien che", "Lâm Bình", "nong thon moi",
            "chuyen doi so", "Nguyễn Văn", "quy hoach can bo", "dan van", "kinh phi", "Mèo Vạc", "sap xep",
            "de an vi tri viec lam", "xyz khong co", "huyen", "t", "can bo", "giai");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FollowUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-db");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean fresh = !Files.exists(dir.resolve("nghisu.mv.db"));
        System.out.println("load average: " + loadAverage());
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            SearchService search = new SearchService(db);
            if (fresh) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                System.out.println(new ProvinceGenerator(db, 20161, LocalDate.of(2026, 11, 30)).generate(scale));
                long t1 = System.nanoTime();
                long c1 = CPU.getCurrentThreadCpuTime();
                search.refresh();
                System.out.printf("generate %.1f s (cpu %.1f s), search index %.1f s (cpu %.1f s)%n", (t1 - t0) / 1e9,
                        (c1 - c0) / 1e9, (System.nanoTime() - t1) / 1e9, (CPU.getCurrentThreadCpuTime() - c1) / 1e9);
            }
            search.refresh();
            ActionItemService actions = new ActionItemService(db, Clock.systemDefaultZone());
            report("dashboard load", time(30, actions::dashboard));
            report("overdue list (first 500)", time(30, () -> actions.list(ActionFilter.all().withOverdueOnly(true)
                    .limitedTo(500))));
            Map<String, List<long[]>> byQuery = new TreeMap<>();
            List<long[]> searches = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String q : QUERIES) {
                    List<long[]> one = time(1, () -> search.search(q));
                    searches.addAll(one);
                    byQuery.computeIfAbsent(q, k -> new ArrayList<>()).addAll(one);
                }
            }
            report("search (" + QUERIES.size() + " queries x " + rounds + ")", searches);
            byQuery.forEach((q, t) -> report("  '" + q + "'", t));
            report("  of which index sync", time(30, () -> {
                search.refresh();
                return null;
            }));
            System.out.println("tables: " + db.tableCounts());
        }
        System.out.println("load average: " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Wall and CPU microseconds of each run, after one warm-up run. */
    private static List<long[]> time(int runs, Supplier<?> work) {
        work.get();
        List<long[]> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            work.get();
            micros.add(new long[] {(System.nanoTime() - t) / 1000, (CPU.getCurrentThreadCpuTime() - c) / 1000});
        }
        return micros;
    }

    private static void report(String what, List<long[]> runs) {
        List<Long> wall = new ArrayList<>(runs.stream().map(r -> r[0]).toList());
        List<Long> cpu = new ArrayList<>(runs.stream().map(r -> r[1]).toList());
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-32s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms | cpu p50 %6.1f ms  p95 %6.1f ms  (n=%d)%n",
                what, wall.get(wall.size() / 2) / 1000.0, p95(wall) / 1000.0, wall.get(wall.size() - 1) / 1000.0,
                cpu.get(cpu.size() / 2) / 1000.0, p95(cpu) / 1000.0, wall.size());
    }

    private static long p95(List<Long> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
