package vn.nghisu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class RootCommandTest {
    @TempDir
    Path dir;

    private static RootCommand parse(String... args) {
        CommandLine cl = Main.commandLine();
        cl.parseArgs(args);
        return cl.getCommand();
    }

    @Test
    void packageFileIsTheOptionalPositionalArgument() throws Exception {
        Path pkg = Files.writeString(dir.resolve("Họp Lâm Bình.nghisu"), "{}");
        RootCommand root = parse("--db", dir.toString(), pkg.toString());
        assertEquals(pkg.toAbsolutePath(), root.checkedFile());
        assertNull(parse().checkedFile());
    }

    @Test
    void subcommandNamesStillWinOverTheFileArgument() {
        ParseResult result = Main.commandLine().parseArgs("info", "--db", dir.toString());
        assertEquals("info", result.subcommand().commandSpec().name());
    }

    @Test
    void aFileThatIsNotAnExistingPackageIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThrows(CommandLine.ParameterException.class, () -> parse(text.toString()).checkedFile());
        assertThrows(CommandLine.ParameterException.class,
                () -> parse(dir.resolve("missing.nghisu").toString()).checkedFile());
    }
}
