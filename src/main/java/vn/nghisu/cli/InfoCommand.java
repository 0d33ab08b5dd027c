package vn.nghisu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.nghisu.store.Database;

/** `info`: one line per table with its row count. */
@Command(name = "info", description = "Print each table and its row count")
public final class InfoCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            PrintWriter out = spec.commandLine().getOut();
            database.tableCounts().forEach((table, count) -> out.printf("%-26s %d%n", table, count));
        }
        return 0;
    }
}
