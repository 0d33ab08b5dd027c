package vn.nghisu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.service.MeetingService;
import vn.nghisu.service.demo.ProvinceGenerator;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;

/** `generate`: fills a database with a province's ten years of generated meetings (for trials and benchmarks). */
@Command(name = "generate", description = "Generate a province's ten years of meetings (deterministic)")
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Option(names = "--scale", description = "1.0 = 5,000 meetings, 100,000 action items (default ${DEFAULT-VALUE})",
            defaultValue = "1.0")
    double scale;
    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE})", defaultValue = "20161")
    long seed;

    @Override
    public Integer call() {
        if (scale <= 0 || scale > 10) {
            throw new UserError("--scale phải lớn hơn 0 và không quá 10.", "--scale must be above 0 and at most 10.");
        }
        if (db.db == null) {
            // never into the user's own database by default: generated meetings would mix with the real ones
            throw new UserError("Hãy chỉ ra thư mục dữ liệu mới bằng --db THƯ_MỤC.",
                    "give a new data folder with --db DIR.");
        }
        try (Database database = db.open()) {
            if (!new MeetingService(database).isEmpty()) {
                throw new UserError("Cơ sở dữ liệu " + db.dataDir() + " đã có cuộc họp: hãy dùng một thư mục mới.",
                        "the database in " + db.dataDir() + " already holds meetings: use a new folder.");
            }
            long start = System.nanoTime();
            var counts = new ProvinceGenerator(database, seed, LocalDate.now()).generate(scale);
            long generated = System.nanoTime();
            new SearchService(database).refresh();
            long indexed = System.nanoTime();
            database.closeCompacted();
            long compacted = System.nanoTime();
            PrintWriter out = spec.commandLine().getOut();
            out.println(counts);
            out.printf("generate %.1f s, search index %.1f s, compaction %.1f s, file %,d MB%n", (generated - start) / 1e9,
                    (indexed - generated) / 1e9, (compacted - indexed) / 1e9,
                    database.config().databaseFile().toFile().length() >> 20);
        }
        return 0;
    }
}
