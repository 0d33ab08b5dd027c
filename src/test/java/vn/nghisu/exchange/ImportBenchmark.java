package vn.nghisu.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Database;

/**
 * Benchmark (not a test): imports a package of 1,000 meetings shaped like the sample into an empty
 * database and prints the time; the goal is 5 seconds. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.nghisu.exchange.ImportBenchmark}.
 */
public final class ImportBenchmark {
    private static final int MEETINGS = 1000;
    /** Tables whose rows belong to one meeting and are copied per generated meeting. */
    private static final Set<String> PER_MEETING = Set.of("meeting", "attendance", "agenda_item", "statement", "issue",
            "directive", "action_item", "action_item_coordinator", "progress_update", "issue_action_link",
            "minutes_version");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("nghisu-bench");
        Path sample = dir.resolve("sample.nghisu");
        try (Database laptop = ExchangeFixture.open(dir.resolve("laptop"))) {
            new SampleMeetingLoader(laptop).load();
            ExchangeFixture.service(laptop).export(ExportRequest.all(), sample, p -> { });
        }
        PackageContent one = ExchangeFixture.service(null).read(sample);
        PackageContent many = multiply(one);
        Path file = dir.resolve("thousand.nghisu");
        new PackageWriter().write(many, file);
        System.out.printf("Package: %d meetings, %d rows, %.1f MB%n", MEETINGS, many.rowCount(),
                Files.size(file) / 1e6);
        long parse = System.nanoTime();
        ExchangeFixture.service(null).read(file);
        System.out.printf("Reading and validating the package alone: %d ms%n", (System.nanoTime() - parse) / 1_000_000);
        try (Database office = ExchangeFixture.open(dir.resolve("office"))) {
            long start = System.nanoTime();
            ImportReport report = ExchangeFixture.service(office).importPackage(file);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Import of %d meetings (%d rows added): %d ms (goal <= 5000 ms)%n", MEETINGS,
                    report.added(), ms);
            start = System.nanoTime();
            ImportReport again = ExchangeFixture.service(office).importPackage(file);
            System.out.printf("Re-import (changes nothing: %s): %d ms%n", again.changesNothing(),
                    (System.nanoTime() - start) / 1_000_000);
        }
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
