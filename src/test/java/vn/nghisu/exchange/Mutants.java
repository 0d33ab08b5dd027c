package vn.nghisu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Malformed packages made from a valid one: each kind of damage a fuzz test feeds to the importer. */
final class Mutants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final byte[] valid;
    private final Map<String, byte[]> entries;
    private final Random random;

    Mutants(byte[] valid, long seed) {
        this.valid = valid;
        this.entries = ZipBytes.unzip(valid);
        this.random = new Random(seed);
    }

    byte[] truncated() {
        return Arrays.copyOf(valid, random.nextInt(valid.length - 1));
    }

    byte[] bitFlipped() {
        byte[] copy = valid.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** A value in a data row replaced by one of a wrong type, checksums recomputed so only the content is wrong. */
    byte[] wrongType() {
        Map<String, JsonNode> data = dataTrees();
        ObjectNode row = randomRow(data);
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        String column = names.get(random.nextInt(names.size()));
        JsonNode old = row.get(column);
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> wrong = new ArrayList<>(List.of(f.booleanNode(true), f.objectNode(), f.arrayNode(),
                f.numberNode(1.5)));
        if (old.isTextual()) {
            wrong.add(f.numberNode(7));
            if (column.equals("id") || column.endsWith("_id")) {
                wrong.add(f.textNode("không-phải-mã"));
            } else if (column.endsWith("_at")) {
                wrong.add(f.textNode("2026-13-45T99:00:00Z"));
            }
        } else if (old.isNumber()) {
            wrong.add(f.textNode("7"));
            wrong.add(f.numberNode(Long.MAX_VALUE));
        }
        row.set(column, wrong.get(random.nextInt(wrong.size())));
        return rebuild(data);
    }

    /** A reference column pointed at a record nobody has. */
    byte[] danglingReference(String table, String column) {
        Map<String, JsonNode> data = dataTrees();
        ArrayNode rows = (ArrayNode) data.get(PackageFormat.dataEntry(table)).get("rows");
        ObjectNode row = (ObjectNode) rows.get(random.nextInt(rows.size()));
        row.put(column, UUID.randomUUID().toString());
        return rebuild(data);
    }

    /** A text column given far more characters than it holds. */
    byte[] hugeString(int chars) {
        Map<String, JsonNode> data = dataTrees();
        ObjectNode row = (ObjectNode) data.get(PackageFormat.dataEntry("meeting")).get("rows").get(0);
        row.put("title", "Ư".repeat(chars));
        return rebuild(data);
    }

    byte[] withManifest(java.util.function.Consumer<ObjectNode> change) {
        Map<String, JsonNode> data = dataTrees();
        Map<String, byte[]> out = serialize(data);
        ObjectNode manifest = manifest(out);
        change.accept(manifest);
        out.put(PackageFormat.MANIFEST, bytes(manifest));
        return ZipBytes.zip(out);
    }

    byte[] withExtraEntry(String name, byte[] content) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put(name, content);
        return ZipBytes.zip(out);
    }

    byte[] without(String name) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.remove(name);
        return ZipBytes.zip(out);
    }

    /** The package with one data file's JSON text rewritten, its checksum made to match again. */
    byte[] withDataText(String name, java.util.function.UnaryOperator<String> rewrite) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.remove(PackageFormat.MANIFEST);
        out.put(name, rewrite.apply(new String(entries.get(name), java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.put(PackageFormat.MANIFEST, bytes(manifest(out)));
        return ZipBytes.zip(out);
    }

    Map<String, byte[]> entries() {
        return new LinkedHashMap<>(entries);
    }

    private ObjectNode randomRow(Map<String, JsonNode> data) {
        List<JsonNode> nonEmpty = data.values().stream().filter(d -> d.get("rows").size() > 0).toList();
        JsonNode rows = nonEmpty.get(random.nextInt(nonEmpty.size())).get("rows");
        return (ObjectNode) rows.get(random.nextInt(rows.size()));
    }

    private Map<String, JsonNode> dataTrees() {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (!name.equals(PackageFormat.MANIFEST)) {
                data.put(name, tree(bytes));
            }
        });
        return data;
    }

    private byte[] rebuild(Map<String, JsonNode> data) {
        Map<String, byte[]> out = serialize(data);
        out.put(PackageFormat.MANIFEST, bytes(manifest(out)));
        return ZipBytes.zip(out);
    }

    private static Map<String, byte[]> serialize(Map<String, JsonNode> data) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        data.forEach((name, node) -> out.put(name, bytes(node)));
        return out;
    }

    /** The original manifest with checksums matching the given data entries. */
    private ObjectNode manifest(Map<String, byte[]> data) {
        ObjectNode manifest = (ObjectNode) tree(entries.get(PackageFormat.MANIFEST));
        ObjectNode sums = manifest.putObject("entries");
        data.forEach((name, bytes) -> {
            if (!name.equals(PackageFormat.MANIFEST)) {
                sums.put(name, Checksums.sha256(bytes));
            }
        });
        return manifest;
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
