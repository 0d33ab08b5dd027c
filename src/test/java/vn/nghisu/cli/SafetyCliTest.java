package vn.nghisu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.service.EncryptedBackupsTest;

/** backup, restore and encrypt from the command line, and --password-file on every command. */
class SafetyCliTest {
    @TempDir
    Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void backupThenRestoreBringsBackTheSampleMeeting() {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("demo", "--db", db).code());
        String zip = dir.resolve("sao-luu.zip").toString();
        CliTest.Run backup = run("backup", "--db", db, "--out", zip);
        assertEquals(0, backup.code(), backup.err());
        assertEquals(0, run("demo", "--db", db).code());
        assertEquals(2, CliTest.counts(run("info", "--db", db).out()).get("meeting"));
        CliTest.Run restore = run("restore", "--db", db, "--from", zip);
        assertEquals(0, restore.code(), restore.err());
        assertEquals(1, CliTest.counts(run("info", "--db", db).out()).get("meeting"));
    }

    @Test
    void restoreOfAMissingFileIsRefusedWithoutTouchingTheDatabase() {
        String db = dir.resolve("db").toString();
        run("demo", "--db", db);
        CliTest.Run r = run("restore", "--db", db, "--from", dir.resolve("khong-co.zip").toString());
        assertEquals(CliErrors.EXIT_REFUSED, r.code());
        assertTrue(r.err().contains("khong-co.zip"), r.err());
        assertEquals(1, CliTest.counts(run("info", "--db", db).out()).get("meeting"));
    }

    @Test
    void encryptedDatabaseNeedsItsPasswordFileOnEveryCommand() throws IOException {
        String db = dir.resolve("db").toString();
        Path good = Files.writeString(dir.resolve("pw.txt"), "Mật khẩu Lâm Bình 2026\n");
        Path bad = Files.writeString(dir.resolve("wrong.txt"), "sai\n");
        run("demo", "--db", db);
        CliTest.Run enc = run("encrypt", "--db", db, "--password-file", good.toString());
        assertEquals(0, enc.code(), enc.err());
        CliTest.Run none = run("info", "--db", db);
        assertEquals(CliErrors.EXIT_REFUSED, none.code());
        assertTrue(none.err().contains("--password-file"), none.err());
        CliTest.Run wrong = run("info", "--db", db, "--password-file", bad.toString());
        assertEquals(CliErrors.EXIT_REFUSED, wrong.code());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());
        CliTest.Run ok = run("info", "--db", db, "--password-file", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(1, CliTest.counts(ok.out()).get("meeting"));
        assertEquals(0, run("demo", "--db", db, "--password-file", good.toString()).code());
    }

    @Test
    void encryptTwiceAsksForTheNewPasswordAndChangesIt() throws IOException {
        String db = dir.resolve("db").toString();
        Path first = Files.writeString(dir.resolve("a.txt"), "thứ nhất");
        Path second = Files.writeString(dir.resolve("b.txt"), "thứ hai");
        run("demo", "--db", db);
        run("encrypt", "--db", db, "--password-file", first.toString());
        assertEquals(CliErrors.EXIT_REFUSED, run("encrypt", "--db", db, "--password-file", first.toString()).code());
        CliTest.Run change = run("encrypt", "--db", db, "--password-file", first.toString(), "--new-password-file",
                second.toString());
        assertEquals(0, change.code(), change.err());
        assertEquals(CliErrors.EXIT_REFUSED, run("info", "--db", db, "--password-file", first.toString()).code());
        assertEquals(0, run("info", "--db", db, "--password-file", second.toString()).code());
        assertFalse(Files.exists(dir.resolve("db").resolve("nghisu.key.new")));
    }

    @Test
    void encryptLeavesNoReadableBackupAndAPlainOneRestoresOnlyWithThePassword() throws IOException {
        Path data = dir.resolve("db");
        String db = data.toString();
        Path pw = Files.writeString(dir.resolve("pw.txt"), "Mật khẩu Lâm Bình 2026\n");
        run("demo", "--db", db);
        String outside = dir.resolve("chep-ra.zip").toString();
        assertEquals(0, run("backup", "--db", db, "--out", outside).code());
        String sample = "Lâm Bình";
        assertFalse(EncryptedBackupsTest.leaks(data, sample).isEmpty(), "the plain data shows the sample");
        assertEquals(0, run("encrypt", "--db", db, "--password-file", pw.toString()).code());
        assertEquals(List.of(), EncryptedBackupsTest.leaks(data, sample));
        CliTest.Run refused = run("restore", "--db", db, "--from", outside);
        assertEquals(CliErrors.EXIT_REFUSED, refused.code());
        assertTrue(refused.err().contains("--password-file"), refused.err());
        assertEquals(CliErrors.EXIT_REFUSED, run("info", "--db", db).code(), "still encrypted");
        CliTest.Run restored = run("restore", "--db", db, "--from", outside, "--password-file", pw.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(CliErrors.EXIT_REFUSED, run("info", "--db", db).code(), "the plain backup came back encrypted");
        assertEquals(1, CliTest.counts(run("info", "--db", db, "--password-file", pw.toString()).out()).get("meeting"));
        assertEquals(List.of(), EncryptedBackupsTest.leaks(data, sample));
    }
}
