package vn.nghisu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nghisu.store.ExchangeColumn;
import vn.nghisu.store.ExchangeSchema;

/**
 * Checks one package row against its table's columns (names, types, lengths, nullability) and turns it
 * into canonical values, so that equal data compares equal whatever spelling the file used.
 */
final class RowRules {
    private final String table;
    private final Map<String, ExchangeColumn> columns = new LinkedHashMap<>();

    RowRules(String table) {
        this.table = table;
        ExchangeSchema.columns(table).forEach(c -> columns.put(c.name(), c));
    }

    Map<String, Object> canonical(JsonNode row, int index) {
        for (Iterator<String> names = row.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!columns.containsKey(name)) {
                throw invalid(index, name, "unknown column");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (ExchangeColumn c : columns.values()) {
            JsonNode value = row.get(c.name());
            if (value == null || value.isNull()) {
                if (!c.nullable()) {
                    throw invalid(index, c.name(), "missing value");
                }
                out.put(c.name(), null);
            } else {
                out.put(c.name(), value(c, value, index));
            }
        }
        return out;
    }

    private Object value(ExchangeColumn c, JsonNode v, int index) {
        try {
            return switch (c.kind()) {
                case INT -> v.isIntegralNumber() && v.canConvertToInt() ? (Object) v.intValue() : fail(index, c);
                case BIGINT -> v.isIntegralNumber() && v.canConvertToLong() ? (Object) v.longValue() : fail(index, c);
                case UUID -> v.isTextual() ? orFail(CanonicalText.uuid(v.asText()), index, c) : fail(index, c);
                case DATE -> v.isTextual() ? LocalDate.parse(v.asText()).toString() : fail(index, c);
                case TIME -> v.isTextual() ? LocalTime.parse(v.asText()).format(DateTimeFormatter.ISO_LOCAL_TIME)
                        : fail(index, c);
                case TIMESTAMP -> v.isTextual() ? CanonicalText.instant(v.asText()) : fail(index, c);
                case TEXT -> v.isTextual() && (c.maxLength() == 0 || v.asText().length() <= c.maxLength())
                        ? v.asText() : fail(index, c);
            };
        } catch (DateTimeParseException e) {
            return fail(index, c);
        }
    }

    private Object orFail(Object value, int index, ExchangeColumn c) {
        return value != null ? value : fail(index, c);
    }

    private Object fail(int index, ExchangeColumn c) {
        throw invalid(index, c.name(), "wrong type, format or length for " + c.kind());
    }

    private ExchangeException invalid(int index, String column, String why) {
        String where = table + "[" + index + "]." + column;
        return new ExchangeException("package.invalid", "The package's data is malformed at " + where + ": " + why,
                where + ": " + why);
    }

    static List<String> tables() {
        return ExchangeSchema.TABLES;
    }
}
