package vn.nghisu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.export.FollowUpTables;
import vn.nghisu.service.followup.export.TableExport;
import vn.nghisu.store.Database;

/** `actions`: the action-item list, optionally only overdue or of one owner, printed or exported. */
@Command(name = "actions", description = "List action items (optionally overdue only or of one owner), or export them")
public final class ActionsCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { csv, xlsx }

    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Option(names = "--overdue", description = "Only overdue items")
    boolean overdue;
    @Option(names = "--owner", paramLabel = "NAME", description = "Owner unit or sub-committee (part of the name)")
    String owner;
    @Option(names = "--format", description = "csv or xlsx (needs --out)")
    Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "File to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        if ((format == null) != (out == null)) {
            throw new UserError("--format và --out phải đi cùng nhau.", "--format and --out go together.");
        }
        try (Database database = db.open()) {
            ActionItemService service = new ActionItemService(database, Clock.systemDefaultZone());
            ActionFilter filter = ActionFilter.all().withOverdueOnly(overdue);
            if (owner != null) {
                var ids = service.ownersNamed(owner);
                if (ids.isEmpty()) {
                    throw new UserError("Không có đơn vị hay tiểu ban nào tên \"" + owner + "\".",
                            "No unit or sub-committee is named \"" + owner + "\".");
                }
                filter = filter.withOwners(ids);
            }
            List<ActionItemRow> rows = service.list(filter);
            List<List<Object>> table = FollowUpTables.actionRows(rows, service.today());
            if (format == Format.xlsx) {
                TableExport.xlsx("Nhiệm vụ", FollowUpTables.ACTION_HEADERS, table, out);
            } else if (format == Format.csv) {
                TableExport.csv(FollowUpTables.ACTION_HEADERS, table, out);
            } else {
                PrintWriter w = spec.commandLine().getOut();
                table.forEach(r -> w.println(r.stream().map(TableExport::text).collect(Collectors.joining("\t"))));
            }
            if (out != null) {
                spec.commandLine().getOut().println(rows.size() + " nhiệm vụ / action items -> " + out);
            }
        }
        return 0;
    }
}
