package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Issue #9's one benchmark entry point (not a test): builds or reuses the province dataset, runs every measure,
 * prints a Markdown table and writes it to target/performance.md. Run by {@code ./mvnw -B -Pbench verify};
 * system properties bench.scale (1.0), bench.seed (20161), bench.data (target/bench-data), bench.out,
 * bench.rssFlags.
 */
public final class PerfHarness {
    /**
     * JVM flag sets the memory probe runs with, "|"-separated: the launcher's (none besides the encoding), then
     * the candidates docs/PERFORMANCE.md discusses.
     */
    static final String DEFAULT_RSS_FLAGS = "-Dfile.encoding=UTF-8|-Xms32m -Xmx1g -XX:+UseSerialGC"
            + "|-Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30";
    /** The JVM flags installer/build.sh gives the app's launcher. */
    static final String LAUNCHER_FLAGS = "-Dfile.encoding=UTF-8 -Xms32m -Xmx1g -XX:+UseSerialGC";

    private PerfHarness() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        long seed = Long.parseLong(System.getProperty("bench.seed", "20161"));
        BenchData data = BenchData.in(Path.of(System.getProperty("bench.data", "target/bench-data")), seed, scale);
        Path out = Path.of(System.getProperty("bench.out", "target/performance.md"));
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Dataset (seed " + seed + ", scale " + scale + "): " + data.ensure());
        Table table = new Table();
        new DatabaseMeasures(data, table).run();
        new MemoryMeasure(data, table).run(List.of(System.getProperty("bench.rssFlags", DEFAULT_RSS_FLAGS).split("\\|")));
        new PdfMeasures(table).run();
        new ExchangeMeasures(data, table).run();
        String report = "Measured " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                + ", dataset seed " + seed + " scale " + scale + ".\n\n" + "Machine: " + Machine.describe()
                + "\n\n" + table.markdown();
        System.out.println();
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
    }
}
