package vn.nghisu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks JSON against the published package schema, supporting the keywords that schema uses:
 * $ref (local), type, enum, properties, required, additionalProperties, propertyNames, items, maxItems,
 * minimum, maxLength, pattern. Answers the first violation with its JSON path. Paths are built only for
 * a violation and $refs resolved once: a package checks hundreds of thousands of values.
 */
final class JsonSchemaSubset {
    private final JsonNode root;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> refs = new ConcurrentHashMap<>();

    /** Where a value sits: built as a string only when a violation is reported. */
    private record At(At parent, String field, int index) {
        static final At ROOT = new At(null, null, -1);

        At field(String name) {
            return new At(this, name, -1);
        }

        At index(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return parent + (field != null ? "." + field : "[" + index + "]");
        }
    }

    JsonSchemaSubset(JsonNode root) {
        this.root = root;
    }

    /** Empty when the instance conforms to the schema at the pointer (e.g. "#/$defs/dataFile"). */
    Optional<String> check(JsonNode instance, String pointer) {
        return check(instance, resolve(pointer), At.ROOT);
    }

    private JsonNode resolve(String ref) {
        return refs.computeIfAbsent(ref, r -> root.at(r.substring(1)));
    }

    private Optional<String> check(JsonNode value, JsonNode schema, At path) {
        if (schema.has("$ref")) {
            Optional<String> ref = check(value, resolve(schema.get("$ref").asText()), path);
            if (ref.isPresent()) {
                return ref;
            }
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            return Optional.of(path + ": expected " + schema.get("type") + ", found " + value.getNodeType());
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return Optional.of(path + ": value not allowed");
        }
        if (value.isTextual()) {
            return text(value.asText(), schema, path);
        }
        if (value.isNumber() && schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            return Optional.of(path + ": below minimum");
        }
        if (value.isArray()) {
            return array(value, schema, path);
        }
        return value.isObject() ? object(value, schema, path) : Optional.empty();
    }

    private Optional<String> text(String text, JsonNode schema, At path) {
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            return Optional.of(path + ": text too long");
        }
        if (schema.has("pattern")) {
            Pattern p = patterns.computeIfAbsent(schema.get("pattern").asText(), Pattern::compile);
            if (!p.matcher(text).find()) {
                return Optional.of(path + ": badly formed value");
            }
        }
        return Optional.empty();
    }

    private Optional<String> array(JsonNode value, JsonNode schema, At path) {
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            return Optional.of(path + ": too many items");
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                Optional<String> e = check(value.get(i), schema.get("items"), path.index(i));
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> object(JsonNode value, JsonNode schema, At path) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                return Optional.of(path + ": missing " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            At at = path.field(field.getKey());
            if (schema.has("propertyNames")) {
                Optional<String> e = check(TextNode.valueOf(field.getKey()), schema.get("propertyNames"), at);
                if (e.isPresent()) {
                    return e;
                }
            }
            JsonNode sub = properties.get(field.getKey());
            if (sub == null && additional != null && additional.isBoolean() && !additional.asBoolean()) {
                return Optional.of(at + ": unknown property");
            }
            JsonNode use = sub != null ? sub : additional != null && additional.isObject() ? additional : null;
            Optional<String> e = use == null ? Optional.empty() : check(field.getValue(), use, at);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
