package vn.nghisu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.nghisu.exchange.ConflictReport;
import vn.nghisu.exchange.ExchangeException;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ImportReport;
import vn.nghisu.store.Database;

/** `import-package`: validates a .nghisu package, then merges it (or, with --dry-run, only says what it would do). */
@Command(name = "import-package", description = "Validate and merge a .nghisu package into the database")
public final class ImportPackageCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "Package file to import")
    Path file;
    @Option(names = "--dry-run", description = "Validate and show what would change, without changing anything")
    boolean dryRun;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            ExchangeService service = new ExchangeService(database);
            ImportReport report = dryRun ? service.preview(file) : service.importPackage(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(dryRun ? "Chạy thử, không thay đổi gì / dry run, nothing changed" : "Đã nhập / imported");
            out.print(ConflictReport.text(report, Locale.ENGLISH));
            return 0;
        } catch (ExchangeException e) {
            throw ExchangeErrors.user(e);
        }
    }
}
