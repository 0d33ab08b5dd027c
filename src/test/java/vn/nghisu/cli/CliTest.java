package vn.nghisu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.nghisu.app.Main;

class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Map<String, Integer> counts(String infoOutput) {
        return Arrays.stream(infoOutput.split("\\R")).filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+"))
                .collect(Collectors.toMap(p -> p[0], p -> Integer.parseInt(p[1])));
    }

    @Test
    void demoThenInfoCountsTheWholeSampleMeeting(@TempDir Path dir) {
        Path db = dir.resolve("demo-db");
        assertEquals(0, run("demo", "--db", db.toString()).code());
        Run info = run("info", "--db", db.toString());
        assertEquals(0, info.code());
        Map<String, Integer> counts = counts(info.out());
        assertEquals(1, counts.get("meeting"));
        assertEquals(8, counts.get("unit"));
        assertEquals(10, counts.get("person"));
        assertEquals(10, counts.get("attendance"));
        assertEquals(4, counts.get("agenda_item"));
        assertEquals(4, counts.get("statement"));
        assertEquals(4, counts.get("issue"));
        assertEquals(4, counts.get("directive"));
        assertEquals(4, counts.get("action_item"));
        assertEquals(1, counts.get("action_item_coordinator"));
        assertEquals(2, counts.get("issue_action_link"));
    }

    @Test
    void versionAndHelpNeedNoDatabase() {
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("Nghị Sự "), version.out());
        Run help = run("--help");
        assertTrue(help.out().contains("demo") && help.out().contains("info"), help.out());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            Run help = run(command, "--help");
            assertEquals(0, help.code(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: nghisu " + command), help.out());
        }
    }

    @Test
    void aStoreRefusalIsSaidInVietnameseThenInEnglishWithItsDetails(@TempDir Path dir) throws Exception {
        assertEquals(0, run("demo", "--db", dir.resolve("db").toString()).code());
        Path notABackup = java.nio.file.Files.writeString(dir.resolve("ghi-chu.zip"), "không phải bản sao lưu");
        Run r = run("restore", "--db", dir.resolve("db").toString(), "--from", notABackup.toString());
        assertEquals(CliErrors.EXIT_REFUSED, r.code());
        assertTrue(r.err().contains("Lỗi: Tệp đã chọn không phải bản sao lưu của Nghị Sự. Dữ liệu không thay đổi."),
                r.err());
        assertTrue(r.err().contains("Error: ") && r.err().contains("ghi-chu.zip"), r.err());
        assertEquals(1, counts(run("info", "--db", dir.resolve("db").toString()).out()).get("meeting"), "untouched");
    }

    @Test
    void generateNeverFillsAnExistingOrDefaultDatabase(@TempDir Path dir) {
        Run noFolder = run("generate", "--scale", "0.01");
        assertEquals(CliErrors.EXIT_REFUSED, noFolder.code());
        assertTrue(noFolder.err().contains("--db"), noFolder.err());
        assertEquals(0, run("demo", "--db", dir.toString()).code());
        Run used = run("generate", "--db", dir.toString(), "--scale", "0.01");
        assertEquals(CliErrors.EXIT_REFUSED, used.code());
        assertTrue(used.err().contains("đã có cuộc họp"), used.err());
        assertEquals(1, counts(run("info", "--db", dir.toString()).out()).get("meeting"), "nothing added");
    }

    @Test
    void unknownCommandIsRefusedWithUsage() {
        Run r = run("frobnicate");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("frobnicate"), r.err());
    }
}
