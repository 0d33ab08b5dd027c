package vn.nghisu.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

/**
 * Benchmark (not a test): the cost of one autosave — a committed edit, then CHECKPOINT SYNC (fsync) —
 * and the file growth it causes, over a fresh database.
 * Run: java -cp target/classes:target/test-classes:DEPS vn.nghisu.store.SyncBenchmark [saves]
 */
public final class SyncBenchmark {
    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Files.createTempDirectory("nghisu-sync-bench");
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            Unit unit = new Unit(null, "Ủy ban nhân dân huyện Lâm Bình", null, null, UnitLevel.HUYEN, null);
            long[] commit = new long[saves];
            long[] sync = new long[saves];
            for (int i = -50; i < saves; i++) {
                long t0 = System.nanoTime();
                db.repositories().units().save(new Unit(unit.id(), unit.name() + " " + i, null, null, UnitLevel.HUYEN, null));
                long t1 = System.nanoTime();
                db.sync();
                long t2 = System.nanoTime();
                if (i >= 0) {
                    commit[i] = t1 - t0;
                    sync[i] = t2 - t1;
                }
            }
            System.out.printf("saves=%d  commit p50=%.2f ms p95=%.2f ms  |  CHECKPOINT SYNC p50=%.2f ms p95=%.2f ms%n",
                    saves, p(commit, 50), p(commit, 95), p(sync, 50), p(sync, 95));
            System.out.println("filesystem: " + Files.getFileStore(dir).type() + " (" + dir + ")");
            // REUSE_SPACE=FALSE (see DatabaseConfig) appends every commit; the file shrinks again when closed
            System.out.printf("file after %d saves: %.1f MB open", saves + 50, Files.size(db.config().databaseFile()) / 1e6);
        }
        System.out.printf(", %.1f MB closed%n", Files.size(DatabaseConfig.embedded(dir).databaseFile()) / 1e6);
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
