package vn.nghisu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.exchange.ExchangeException;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.exchange.ExportResult;
import vn.nghisu.store.Database;

/** `export-package`: writes the chosen meetings (all when none is chosen) with what they reference to a .nghisu file. */
@Command(name = "export-package", description = "Export meetings to a .nghisu package (all meetings when none is chosen)")
public final class ExportPackageCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Package file to write")
    Path out;
    @Option(names = "--meeting", paramLabel = "ID", description = "A meeting to export (repeatable)")
    List<UUID> meetings = List.of();
    @Option(names = "--from", paramLabel = "DATE", description = "First meeting date (yyyy-mm-dd)")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last meeting date (yyyy-mm-dd)")
    LocalDate to;
    @Option(names = "--changed-since-last-export-to", paramLabel = "OFFICE",
            description = "Only meetings changed since the last export to this office")
    String office;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            ExportResult r = new ExchangeService(database)
                    .export(new ExportRequest(meetings, from, to, office), out, p -> { });
            spec.commandLine().getOut().printf("Đã xuất / exported: %d meetings, %d rows, %d bytes -> %s%n",
                    r.meetings(), r.rows(), r.bytes(), r.file());
            return 0;
        } catch (ExchangeException e) {
            throw ExchangeErrors.user(e);
        }
    }
}
