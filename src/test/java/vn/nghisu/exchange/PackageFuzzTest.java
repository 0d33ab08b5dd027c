package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.store.Database;

/**
 * Feeds well over a thousand damaged or hostile packages, made from a valid one, to the importer: each is
 * refused with a sentence in both languages, nothing else escapes, and the database content stays the same.
 */
class PackageFuzzTest {
    @TempDir
    Path dir;

    @Test
    void everyMalformedPackageIsRefusedCleanlyAndTheDatabaseIsUntouched() throws IOException {
        byte[] bytes = ExchangeFixture.samplePackage(dir);
        Path valid = Files.write(dir.resolve("valid.nghisu"), bytes);
        List<Case> cases = cases(new Mutants(bytes, 20261129L), bytes);
        assertTrue(cases.size() >= 1000, "cases: " + cases.size());
        try (Database office = ExchangeFixture.open(dir.resolve("office"))) {
            ExchangeService service = ExchangeFixture.service(office);
            // The office already holds the valid package, so a flip that leaves the content intact changes nothing.
            service.importPackage(valid);
            String before = ExchangeFixture.checksum(office);
            Map<String, Integer> refusals = new TreeMap<>();
            int harmless = 0;
            Path file = dir.resolve("mutant.nghisu");
            for (Case c : cases) {
                Files.write(file, c.bytes());
                try {
                    ImportReport report = service.importPackage(file);
                    if (!c.mayBeHarmless() || !report.changesNothing()) {
                        fail(c.kind() + " was accepted: " + report.tables());
                    }
                    harmless++;
                } catch (ExchangeException e) {
                    assertFalse(e.sentence(ExchangeException.VIETNAMESE).isBlank());
                    assertFalse(e.sentence(Locale.ENGLISH).contains("{0}"), e.sentence(Locale.ENGLISH));
                    refusals.merge(c.kind() + " → " + e.key(), 1, Integer::sum);
                }
            }
            assertEquals(before, ExchangeFixture.checksum(office), "database content changed");
            int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(refused >= 1000, "refused " + refused + ", harmless " + harmless + ": " + refusals);
            System.out.println("Fuzz: " + refused + " refused, " + harmless + " harmless bit flips: " + refusals);
        }
    }

    /** A damaged package; only random bit flips may land somewhere harmless (a timestamp in a zip header). */
    record Case(String kind, byte[] bytes, boolean mayBeHarmless) {
    }

    private static List<Case> cases(Mutants m, byte[] valid) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cases.add(new Case("truncated", m.truncated(), false));
        }
        for (int i = 0; i < 350; i++) {
            cases.add(new Case("bit flip", m.bitFlipped(), true));
        }
        for (int i = 0; i < 300; i++) {
            cases.add(new Case("wrong type", m.wrongType(), false));
        }
        String[][] refs = {{"meeting", "host_unit_id"}, {"attendance", "person_id"}, {"action_item", "directive_id"},
            {"issue_action_link", "issue_id"}, {"person", "unit_id"}, {"statement", "speaker_person_id"}};
        for (int i = 0; i < 120; i++) {
            String[] ref = refs[i % refs.length];
            cases.add(new Case("missing reference", m.danglingReference(ref[0], ref[1]), false));
        }
        String[] hostile = {"../manifest.json", "/etc/passwd", "data/../../evil.json", "..\\evil.json", "C:/evil.json",
            "data/sub/../unit.json", "notes.txt", "data/UNIT.json"};
        for (int i = 0; i < 40; i++) {
            cases.add(new Case("traversal", m.withExtraEntry(hostile[i % hostile.length], new byte[] {'{', '}'}), false));
        }
        byte[] zeros = new byte[20 * 1024 * 1024];
        cases.add(new Case("bomb by ratio", m.withExtraEntry("data/unit_kind.json", zeros), false));
        int[] headers = ZipBytes.centralHeaders(valid);
        for (int i = 0; i < headers.length; i++) {
            cases.add(new Case("bomb by size", ZipBytes.declareSize(valid, headers[i], 3_000_000_000L), false));
            cases.add(new Case("lying size", ZipBytes.declareSize(valid, headers[i], 1), false));
            cases.add(new Case("symlink", ZipBytes.markSymlink(valid, headers[i]), false));
        }
        Map<String, byte[]> twins = m.entries();
        twins.put("data/unix.json", twins.get("data/unit.json"));
        cases.add(new Case("duplicate", ZipBytes.rename(ZipBytes.zip(twins), "data/unix.json", "data/unit.json"), false));
        cases.add(new Case("huge string", m.hugeString(PackageFormat.MAX_STRING_CHARS + 10), false));
        cases.add(new Case("long text", m.hugeString(1001), false));
        cases.add(new Case("newer version", m.withManifest(n -> n.put("formatVersion", 2)), false));
        cases.add(new Case("count", m.withManifest(n -> n.with("counts").put("meeting", 7)), false));
        cases.add(new Case("checksum", m.withManifest(n -> n.with("entries").put("data/unit.json", "0".repeat(64))), false));
        cases.add(new Case("no manifest", m.without(PackageFormat.MANIFEST), false));
        cases.add(new Case("missing entry", m.without("data/unit.json"), false));
        cases.add(new Case("empty file", new byte[0], false));
        cases.add(new Case("not a zip", "Biên bản".getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
        return cases;
    }
}
