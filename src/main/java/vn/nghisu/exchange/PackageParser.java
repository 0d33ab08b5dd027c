package vn.nghisu.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
    /** One value inside a data file being streamed: what follows it is the file's, not trailing garbage. */
    private static final ObjectReader VALUE = JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonSchemaSubset SCHEMA = new JsonSchemaSubset(loadSchema());
    private static final Executor PARSERS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            work -> {
                Thread thread = new Thread(work, "nghisu-package-parser");
                thread.setDaemon(true);
                return thread;
            });

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
        // The data files are independent, so they are parsed and checked on all cores (a 1,000-meeting package:
        // 1.3 s on one); a refusal is still the first bad entry in the package's order, as it would be one by one.
        Map<String, CompletableFuture<List<Map<String, Object>>>> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Matcher m = PackageFormat.DATA_ENTRY.matcher(entry.getKey());
            if (m.matches()) {
                parsed.put(m.group(1), CompletableFuture.supplyAsync(
                        () -> rows(m.group(1), entry.getKey(), entry.getValue(), manifest), PARSERS));
            }
        }
        parsed.forEach((table, rows) -> tables.put(table, result(rows)));
        return new PackageContent(manifest, tables);
    }

    private static <T> T result(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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

    /**
     * One data file, read as a stream: each row is checked against the schema's row and turned into its package
     * form as it is read, so no tree of the whole file (60,000 attendance rows) is built beside the rows kept. The
     * envelope is held to the schema's dataFile by hand: "table" and "rows" only, both required, rows an array.
     */
    private static List<Map<String, Object>> rows(String table, String entry, byte[] bytes, Manifest manifest) {
        if (!ExchangeSchema.TABLES.contains(table)) {
            throw invalid(entry, "does not hold a known table", entry + ": table");
        }
        RowRules rules = new RowRules(table);
        List<Map<String, Object>> out = new ArrayList<>();
        String named = null;
        boolean sawRows = false;
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(entry, "is not a JSON object", entry + " $: expected object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("table")) {
                    JsonNode name = VALUE.readTree(json);
                    conform(name, "#/$defs/tableName", entry + " $.table");
                    named = name.asText();
                } else if (field.equals("rows")) {
                    sawRows = true;
                    readRows(json, entry, table, rules, out);
                } else {
                    throw invalid(entry, "has a field the schema does not allow: " + field,
                            entry + " $." + field + ": not allowed");
                }
            }
            if (json.nextToken() != null) {
                throw invalid(entry, "has data after its JSON object", entry + ": trailing data");
            }
        } catch (IOException e) {
            throw new ExchangeException("package.invalid", "Entry " + entry + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), entry + ": not valid JSON");
        }
        if (named == null || !sawRows) {
            throw invalid(entry, "lacks " + (named == null ? "table" : "rows"), entry + " $: required "
                    + (named == null ? "table" : "rows"));
        }
        if (!table.equals(named)) {
            throw new ExchangeException("package.invalid", "Entry " + entry + " does not hold table " + table,
                    entry + ": table");
        }
        Integer declared = manifest.counts().get(table);
        if (declared == null || declared != out.size()) {
            throw new ExchangeException("package.count", "The manifest's row count for " + table + " is wrong", table);
        }
        return out;
    }

    private static void readRows(JsonParser json, String entry, String table, RowRules rules,
                                 List<Map<String, Object>> out) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(entry, "has rows that are not an array", entry + " $.rows: expected array");
        }
        Set<Object> ids = new HashSet<>();
        for (int i = 0; json.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i >= PackageFormat.MAX_ROWS) {
                throw invalid(entry, "has more rows than a package may hold", entry + " $.rows: too many items");
            }
            JsonNode row = VALUE.readTree(json);
            int index = i;
            SCHEMA.check(row, "#/$defs/row").ifPresent(error -> {
                throw invalid(entry, "does not follow the package schema: " + error.replaceFirst("^\\$",
                        "\\$.rows[" + index + "]"), entry + " " + error.replaceFirst("^\\$", "\\$.rows[" + index + "]"));
            });
            Map<String, Object> canonical = rules.canonical(row, i);
            if (!ids.add(canonical.get("id"))) {
                throw new ExchangeException("package.invalid", "Row id appears twice in " + table,
                        table + "[" + i + "].id: duplicate");
            }
            out.add(canonical);
        }
    }

    private static ExchangeException invalid(String entry, String english, String detail) {
        return new ExchangeException("package.invalid", "Entry " + entry + " " + english, detail);
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
