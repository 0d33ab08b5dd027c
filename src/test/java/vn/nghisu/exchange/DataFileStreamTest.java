package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files are read as a stream, row by row; the file around the rows is still held to the schema's dataFile. */
class DataFileStreamTest {
    private static final String ATTENDANCE = "data/attendance.json";
    @TempDir
    Path dir;
    Mutants mutants;
    byte[] valid;

    @BeforeEach
    void samplePackage() throws Exception {
        valid = ExchangeFixture.samplePackage(dir);
        mutants = new Mutants(valid, 1L);
    }

    @Test
    void theUnchangedPackageIsRead() throws Exception {
        int rows = read(valid).rowCount();
        assertTrue(rows > 50, "the sample meeting's rows: " + rows);
        assertEquals(rows, read(mutants.withDataText(ATTENDANCE, UnaryOperator.identity())).rowCount());
    }

    @Test
    void aFieldBesideTableAndRowsIsRefused() {
        assertRefused("$.extra: not allowed", t -> t.replaceFirst("^\\{", "{\"extra\":1,"));
    }

    @Test
    void dataAfterTheObjectIsRefused() {
        assertRefused("trailing data", t -> t + " {}");
    }

    @Test
    void rowsThatAreNotAnArrayAreRefused() {
        assertRefused("$.rows: expected array", t -> "{\"table\":\"attendance\",\"rows\":{}}");
    }

    @Test
    void aMissingTableIsRefused() {
        assertRefused("required table", t -> t.replaceFirst("\"table\":\"attendance\",?", ""));
    }

    @Test
    void aBadRowIsNamedByItsPlaceInTheFile() {
        assertRefused("$.rows[0]", t -> t.replaceFirst("\"presence\":", "\"Presence!\":"));
        assertRefused("attendance[0].presence", t -> t.replaceFirst("\"presence\":\"[A-Z]+\"", "\"presence\":7"));
    }

    private void assertRefused(String detail, UnaryOperator<String> rewrite) {
        byte[] bad = mutants.withDataText(ATTENDANCE, rewrite);
        ExchangeException e = assertThrows(ExchangeException.class, () -> read(bad));
        String sentence = e.sentence(ExchangeException.VIETNAMESE);
        assertTrue(sentence.contains(detail), sentence);
    }

    private PackageContent read(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("case.nghisu"), bytes);
        return new ExchangeService(null).read(file);
    }
}
