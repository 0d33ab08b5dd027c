package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackageSchemaTest {

    @Test
    void publishedSchemaIsTheOneTheImporterChecks() throws Exception {
        try (InputStream in = PackageSchemaTest.class.getResourceAsStream(PackageParser.SCHEMA_RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(Path.of("docs", "nghisu-package.schema.json")), in.readAllBytes());
        }
    }
}
