package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import vn.nghisu.service.demo.ProvinceGenerator;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/**
 * The province dataset the harness measures, generated once per seed and scale into its own folder and reused:
 * a "complete" marker is written only after generation and the search index finished, so an interrupted run
 * generates again instead of measuring half a province.
 */
record BenchData(Path dir, long seed, double scale) {
    /** The generator's last day, fixed so that "overdue" means the same thing in every run. */
    static final LocalDate END = LocalDate.of(2026, 11, 30);
    private static final String MARKER = "complete.txt";

    static BenchData in(Path root, long seed, double scale) {
        return new BenchData(root.resolve(String.format(Locale.ROOT, "seed-%d-scale-%s", seed, scale)), seed, scale);
    }

    DatabaseConfig config() {
        return DatabaseConfig.embedded(dir);
    }

    /** Generates the dataset unless a complete one is there; returns what the marker says was written. */
    String ensure() throws Exception {
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker)) {
            return Files.readString(marker).trim() + " (reused from " + dir + ")";
        }
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long start = System.nanoTime();
        String counts;
        try (Database db = Database.open(config())) {
            counts = new ProvinceGenerator(db, seed, END).generate(scale).toString();
            long generated = System.nanoTime();
            new SearchService(db).refresh();
            long indexed = System.nanoTime();
            db.closeCompacted();
            counts += String.format(Locale.ROOT, "; generated in %.1f s, search index built in %.1f s, file compacted "
                    + "in %.1f s to %,d MB", (generated - start) / 1e9, (indexed - generated) / 1e9,
                    (System.nanoTime() - indexed) / 1e9, config().databaseFile().toFile().length() >> 20);
        }
        Files.writeString(marker, counts + "\n");
        return counts + " (generated into " + dir + ")";
    }
}
