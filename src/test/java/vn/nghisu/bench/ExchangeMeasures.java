package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** Package export of the 1,000 latest meetings of the province, and its import into an empty database. */
final class ExchangeMeasures {
    private static final int MEETINGS = 1000;
    private static final int IMPORT_WARM_UPS = 2;
    private static final int IMPORTS = 5;
    private final BenchData data;
    private final Table table;

    ExchangeMeasures(BenchData data, Table table) {
        this.data = data;
        this.table = table;
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory("nghisu-bench-exchange");
        Path file = work.resolve("meetings.nghisu");
        List<UUID> ids;
        try (Database db = Database.open(data.config())) {
            ids = db.dsl().fetch("select id from meeting where deleted_at is null order by meeting_date desc, id limit "
                    + MEETINGS).getValues(0, UUID.class);
            ExchangeService exchange = new ExchangeService(db);
            table.add("package export, " + ids.size() + " meetings", Samples.time(1, 3,
                    () -> exchange.export(ExportRequest.of(ids), file, p -> { })), Target.NONE);
        }
        // Each import goes into a new empty database, opened before and closed after the timed call: the user waits
        // for the import, not for the database to open.
        List<Database> offices = new java.util.ArrayList<>();
        for (int i = 0; i < IMPORT_WARM_UPS + IMPORTS; i++) {
            offices.add(Database.open(DatabaseConfig.embedded(work.resolve("office" + i))));
        }
        java.util.Iterator<Database> next = offices.iterator();
        Samples imports = Samples.time(IMPORT_WARM_UPS, IMPORTS, () -> new ExchangeService(next.next()).importPackage(file));
        offices.forEach(Database::close);
        String what = String.format(java.util.Locale.ROOT, "package import, %d meetings (%.1f MB) into an empty database",
                ids.size(), Files.size(file) / 1e6);
        table.add(what + ", this harness's JVM (G1, default heap), first in the process", imports.first(), Target.NONE);
        table.add(what + ", this harness's JVM (G1, default heap)", imports, Target.NONE);
        Samples app = probe(file);
        table.add(what + ", fresh JVM with the launcher's flags `" + PerfHarness.LAUNCHER_FLAGS
                + "`, first in the process", app.first(), Target.NONE);
        table.add(what + ", fresh JVM with the launcher's flags", app, Target.median(5000));
    }

    /** The imports as the installed app runs them: its JVM flags, in a JVM that did nothing else before. */
    private static Samples probe(Path file) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(PerfHarness.LAUNCHER_FLAGS.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportProbe.class.getName(),
                file.toString(), String.valueOf(IMPORT_WARM_UPS + IMPORTS)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Double> millis = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("ms=")).map(l -> Double.parseDouble(l.substring(3))).toList();
        if (process.waitFor() != 0 || millis.size() != IMPORT_WARM_UPS + IMPORTS) {
            throw new IllegalStateException("import probe failed: " + millis);
        }
        List<Double> warm = millis.subList(IMPORT_WARM_UPS, millis.size());
        return new Samples(millis.get(0), warm, java.util.Collections.nCopies(warm.size(), Double.NaN));
    }
}
