package vn.nghisu.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.ExchangeRows;
import vn.nghisu.store.ExchangeSchema;

/** Helpers shared by the exchange tests: open a database in a folder, dump its rows, checksum its content. */
final class ExchangeFixture {
    private ExchangeFixture() {
    }

    static Database open(Path dir) {
        return Database.open(DatabaseConfig.embedded(dir));
    }

    static ExchangeService service(Database db) {
        return new ExchangeService(db, "test");
    }

    /** The sample meeting exported from a new laptop database in the folder: the valid package tests start from. */
    static byte[] samplePackage(Path dir) throws java.io.IOException {
        Path file = dir.resolve("valid.nghisu");
        try (Database laptop = open(dir.resolve("laptop"))) {
            new vn.nghisu.service.demo.SampleMeetingLoader(laptop).load();
            service(laptop).export(ExportRequest.all(), file, p -> { });
        }
        return java.nio.file.Files.readAllBytes(file);
    }

    /** Every row of every exchangeable table; with row versions when asked. */
    static Map<String, List<Map<String, Object>>> dump(Database db, boolean withRowVersion) {
        ExchangeRows rows = new ExchangeRows(db.dsl());
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (String table : ExchangeSchema.TABLES) {
            all.put(table, rows.all(table, withRowVersion));
        }
        return all;
    }

    /** SHA-256 of the whole content, row versions included, so any write at all changes it. */
    static String checksum(Database db) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(dump(db, true).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(db.tableCounts().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
