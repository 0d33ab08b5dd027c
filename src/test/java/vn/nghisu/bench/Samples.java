package vn.nghisu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Timings of repeated runs of one measure in milliseconds: wall clock, and the measuring thread's CPU time, which
 * other processes on a loaded machine disturb far less. The first (cold) run is kept apart.
 */
record Samples(double firstMs, List<Double> millis, List<Double> cpuMillis) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Work that may throw; a benchmark stops on the first failure. */
    interface Work {
        void run() throws Exception;
    }

    /** Runs the work warm-up times (discarded, the first one kept as the cold figure), then runs times. */
    static Samples time(int warmUp, int runs, Work work) throws Exception {
        double first = -1;
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            double ms = (System.nanoTime() - start) / 1e6;
            if (i == 0) {
                first = ms;
            }
            if (i >= warmUp) {
                millis.add(ms);
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
        }
        return new Samples(first, millis, cpu);
    }

    Samples plus(Samples other) {
        List<Double> all = new ArrayList<>(millis);
        all.addAll(other.millis);
        List<Double> cpu = new ArrayList<>(cpuMillis);
        cpu.addAll(other.cpuMillis);
        return new Samples(firstMs, all, cpu);
    }

    /** The first run alone, as its own sample. */
    Samples first() {
        return new Samples(firstMs, List.of(firstMs), List.of(Double.NaN));
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(millis, 50);
    }

    double p95() {
        return percentile(millis, 95);
    }

    double cpuMedian() {
        return percentile(cpuMillis, 50);
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
