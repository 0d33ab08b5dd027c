package vn.nghisu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.service.followup.ReportDates;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;

/** `search QUERY`: one line per hit (kind, title, date, id), diacritics and case ignored. */
@Command(name = "search", description = "Search meetings, statements, issues, directives, action items, units, people")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find, e.g. \"tai chinh\"")
    List<String> words;
    @Option(names = "--limit", description = "Hits per kind (default ${DEFAULT-VALUE})", defaultValue = "10")
    int limit;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            PrintWriter out = spec.commandLine().getOut();
            var hits = new SearchService(database).search(String.join(" ", words), limit);
            hits.values().stream().flatMap(List::stream).forEach(h -> print(out, h));
            return hits.isEmpty() ? 1 : 0;
        }
    }

    private static void print(PrintWriter out, SearchHit h) {
        out.println(h.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + h.title() + "\t"
                + ReportDates.format(h.date()) + "\t" + h.id());
    }
}
