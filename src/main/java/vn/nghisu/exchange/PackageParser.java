package vn.nghisu.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import vn.nghisu.store.ExchangeSchema;

/**
 * Turns the unpacked entries into a package: the manifest and every data file checked against the
 * published JSON Schema, the format version, the checksums and counts, and each row against its table.
 */
final class PackageParser {
    static final String SCHEMA_RESOURCE = "/exchange/nghisu-package.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(PackageFormat.MAX_STRING_CHARS)
                    .maxNestingDepth(16).maxNumberLength(30).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonSchemaSubset SCHEMA = new JsonSchemaSubset(loadSchema());

    private static JsonNode loadSchema() {
        try (InputStream in = PackageParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Package schema resource missing: " + SCHEMA_RESOURCE, e);
        }
    }

    PackageContent parse(Map<String, byte[]> entries) {
        JsonNode manifestNode = tree(PackageFormat.MANIFEST, entries.get(PackageFormat.MANIFEST));
        conform(manifestNode, "#/$defs/manifest", PackageFormat.MANIFEST);
        int version = manifestNode.get("formatVersion").intValue();
        if (version != PackageFormat.FORMAT_VERSION) {
            throw new ExchangeException("package.version", "The package has format version " + version
                    + "; this Nghị Sự reads version " + PackageFormat.FORMAT_VERSION, version, PackageFormat.FORMAT_VERSION);
        }
        Manifest manifest = JSON.convertValue(manifestNode, Manifest.class);
        checkEntries(manifest, entries);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        ExchangeSchema.TABLES.forEach(t -> tables.put(t, new ArrayList<>()));
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Matcher m = PackageFormat.DATA_ENTRY.matcher(entry.getKey());
            if (m.matches()) {
                tables.put(m.group(1), rows(m.group(1), entry.getKey(), entry.getValue(), manifest));
            }
        }
        return new PackageContent(manifest, tables);
    }

    private static void checkEntries(Manifest manifest, Map<String, byte[]> entries) {
        Set<String> data = new HashSet<>(entries.keySet());
        data.remove(PackageFormat.MANIFEST);
        if (!data.equals(manifest.entries().keySet())) {
            throw new ExchangeException("package.entriesMismatch",
                    "The manifest does not list exactly the package's data entries");
        }
        for (String name : data) {
            if (!Checksums.sha256(entries.get(name)).equals(manifest.entries().get(name))) {
                throw new ExchangeException("package.checksum", "Checksum mismatch for " + name
                        + ": the file was changed or damaged", name);
            }
        }
    }

    private static List<Map<String, Object>> rows(String table, String entry, byte[] bytes, Manifest manifest) {
        JsonNode file = tree(entry, bytes);
        conform(file, "#/$defs/dataFile", entry);
        if (!ExchangeSchema.TABLES.contains(table) || !table.equals(file.get("table").asText())) {
            throw new ExchangeException("package.invalid", "Entry " + entry + " does not hold table " + table,
                    entry + ": table");
        }
        JsonNode rows = file.get("rows");
        Integer declared = manifest.counts().get(table);
        if (declared == null || declared != rows.size()) {
            throw new ExchangeException("package.count", "The manifest's row count for " + table + " is wrong", table);
        }
        RowRules rules = new RowRules(table);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rules.canonical(rows.get(i), i);
            if (!ids.add(row.get("id"))) {
                throw new ExchangeException("package.invalid", "Row id appears twice in " + table,
                        table + "[" + i + "].id: duplicate");
            }
            out.add(row);
        }
        return out;
    }

    private static JsonNode tree(String entry, byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ExchangeException("package.invalid", "Entry " + entry + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""),
                    entry + ": not valid JSON");
        }
    }

    private static void conform(JsonNode node, String pointer, String entry) {
        if (node == null || node.isMissingNode()) {
            throw new ExchangeException("package.invalid", "Entry " + entry + " is empty", entry + ": empty");
        }
        SCHEMA.check(node, pointer).ifPresent(error -> {
            throw new ExchangeException("package.invalid", "Entry " + entry + " does not follow the package schema: "
                    + error, entry + " " + error);
        });
    }
}
