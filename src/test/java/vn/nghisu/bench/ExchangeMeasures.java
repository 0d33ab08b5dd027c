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
        table.add(what + ", first in the process", imports.first(), Target.NONE);
        table.add(what, imports, Target.median(5000));
    }
}
