package vn.nghisu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {

    @Test
    void exportedPackageImportsIntoAnEmptyDatabaseAndDryRunChangesNothing(@TempDir Path dir) {
        String laptop = dir.resolve("laptop").toString();
        String office = dir.resolve("office").toString();
        String file = dir.resolve("lam-binh.nghisu").toString();
        assertEquals(0, CliTest.run("demo", "--db", laptop).code());
        CliTest.Run export = CliTest.run("export-package", "--db", laptop, "--out", file);
        assertEquals(0, export.code(), export.err());

        CliTest.Run dry = CliTest.run("import-package", "--db", office, file, "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals(0, CliTest.counts(CliTest.run("info", "--db", office).out()).get("meeting"));

        CliTest.Run applied = CliTest.run("import-package", "--db", office, file);
        assertEquals(0, applied.code(), applied.err());
        assertEquals(CliTest.counts(CliTest.run("info", "--db", laptop).out()).get("attendance"),
                CliTest.counts(CliTest.run("info", "--db", office).out()).get("attendance"));
    }

    @Test
    void damagedPackageIsRefusedInBothLanguages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.nghisu");
        Files.writeString(file, "không phải gói dữ liệu");
        CliTest.Run r = CliTest.run("import-package", "--db", dir.resolve("office").toString(), file.toString());
        assertEquals(CliErrors.EXIT_REFUSED, r.code());
        assertTrue(r.err().contains("Tệp không phải là gói dữ liệu Nghị Sự") && r.err().contains("not a readable"),
                r.err());
    }

    @Test
    void exportOfChosenMeetingsNeedsThemToExist(@TempDir Path dir) {
        String laptop = dir.resolve("laptop").toString();
        CliTest.Run r = CliTest.run("export-package", "--db", laptop, "--out", dir.resolve("x.nghisu").toString(),
                "--meeting", "00000000-0000-4000-8000-00000000dead");
        assertEquals(CliErrors.EXIT_REFUSED, r.code(), r.out());
        assertTrue(r.err().contains("00000000-0000-4000-8000-00000000dead"), r.err());
    }
}
