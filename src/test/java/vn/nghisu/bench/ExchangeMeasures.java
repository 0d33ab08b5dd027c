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
        int[] n = {0};
        Samples imports = Samples.time(1, 3, () -> {
            try (Database office = Database.open(DatabaseConfig.embedded(work.resolve("office" + n[0]++)))) {
                new ExchangeService(office).importPackage(file);
            }
        });
        table.add(String.format(java.util.Locale.ROOT, "package import, %d meetings (%.1f MB) into an empty database",
                ids.size(), Files.size(file) / 1e6), imports, Target.median(5000));
    }
}
