package vn.nghisu.exchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Database;

/**
 * Benchmark (not a test): imports a package of 1,000 meetings shaped like the sample into an empty
 * database, re-imports it, and exports the 1,000 meetings again, printing wall and CPU time of each step
 * (CPU time of this thread says more than wall time on a busy machine); the import goal is 5 seconds. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.nghisu.exchange.ImportBenchmark [ROUNDS]}
 * after {@code ./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class ImportBenchmark {
    private static final int MEETINGS = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Tables whose rows belong to one meeting and are copied per generated meeting. */
    private static final Set<String> PER_MEETING = Set.of("meeting", "attendance", "agenda_item", "statement", "issue",
            "directive", "action_item", "action_item_coordinator", "progress_update", "issue_action_link",
            "minutes_version");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("nghisu-bench");
        Path sample = dir.resolve("sample.nghisu");
        try (Database laptop = ExchangeFixture.open(dir.resolve("laptop"))) {
            new SampleMeetingLoader(laptop).load();
            ExchangeFixture.service(laptop).export(ExportRequest.all(), sample, p -> { });
        }
        PackageContent many = multiply(ExchangeFixture.service(null).read(sample));
        Path file = dir.resolve("thousand.nghisu");
        new PackageWriter().write(many, file);
        System.out.printf("Package: %d meetings, %d rows, %.1f MB; %d rounds, each into a new empty database%n",
                MEETINGS, many.rowCount(), Files.size(file) / 1e6, rounds);
        for (int n = 1; n <= rounds; n++) {
            int round = n;
            System.out.printf("-- round %d%n", round);
            time("read and validate only", () -> ExchangeFixture.service(null).read(file).rowCount() + " rows");
            try (Database office = ExchangeFixture.open(dir.resolve("office" + round))) {
                ExchangeService service = ExchangeFixture.service(office);
                time("preview (dry run)", () -> service.preview(file).added() + " rows to add");
                time("IMPORT of " + MEETINGS + " meetings (goal <= 5000 ms)",
                        () -> service.importPackage(file).added() + " rows added");
                time("re-import", () -> "changes nothing: " + service.importPackage(file).changesNothing());
                time("EXPORT of all " + MEETINGS + " meetings", () -> {
                    ExportResult r = service.export(ExportRequest.all(), dir.resolve("out" + round + ".nghisu"), p -> { });
                    return r.rows() + " rows, " + r.bytes() / 1000 + " kB";
                });
            }
        }
    }

    private static void time(String label, Supplier<String> step) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String result = step.get();
        System.out.printf("%-45s wall %6d ms  cpu %6d ms  (%s)%n", label, (System.nanoTime() - wall) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, result);
    }

    /** Deterministic copies: per-meeting rows get name-based UUIDs and dates one day apart; the directory is shared. */
    static PackageContent multiply(PackageContent one) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        one.tables().forEach((table, rows) -> tables.put(table, PER_MEETING.contains(table) ? new ArrayList<>()
                : new ArrayList<>(rows)));
        Set<Object> own = new java.util.HashSet<>();
        PER_MEETING.forEach(t -> one.tables().get(t).forEach(r -> own.add(r.get("id"))));
        for (int i = 0; i < MEETINGS; i++) {
            int copy = i;
            for (String table : PER_MEETING) {
                for (Map<String, Object> row : one.tables().get(table)) {
                    Map<String, Object> clone = new LinkedHashMap<>();
                    row.forEach((column, value) -> clone.put(column, remap(own, column, value, copy)));
                    if (table.equals("meeting")) {
                        clone.put("meeting_date", LocalDate.parse((String) row.get("meeting_date")).minusDays(copy).toString());
                    }
                    tables.get(table).add(clone);
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((t, r) -> counts.put(t, r.size()));
        Manifest m = one.manifest();
        return new PackageContent(new Manifest(m.formatVersion(), m.appVersion(), m.createdAt(), m.sourceInstallation(),
                null, List.of(), counts, Map.of()), tables);
    }

    private static Object remap(Set<Object> own, String column, Object value, int copy) {
        if (!(value instanceof String text) || !(column.equals("id") || column.endsWith("_id")) || !own.contains(text)) {
            return value;
        }
        return UUID.nameUUIDFromBytes((copy + ":" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
