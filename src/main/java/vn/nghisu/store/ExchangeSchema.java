package vn.nghisu.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import vn.nghisu.store.generated.DefaultSchema;

/**
 * The tables a meeting package carries, in an order where every reference points to an earlier table
 * (or, for unit.parent_id, to the same one), with their columns and references read from the generated schema.
 */
public final class ExchangeSchema {
    /** Row version is local to one database (optimistic locking), so packages leave it out. */
    static final String ROW_VERSION = "row_version";

    public static final List<String> TABLES = List.of("unit_kind", "meeting_kind", "issue_category", "escalation_body",
            "unit", "person", "working_group", "working_group_unit", "working_group_person", "sub_committee", "meeting",
            "attendance", "agenda_item", "statement", "issue", "directive", "action_plan", "action_item",
            "action_item_coordinator", "progress_update", "issue_action_link", "minutes_version");

    private ExchangeSchema() {
    }

    static Table<?> table(String name) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(name.toUpperCase(Locale.ROOT));
        if (table == null || !TABLES.contains(name)) {
            throw new IllegalArgumentException("Not an exchangeable table: " + name);
        }
        return table;
    }

    static String name(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    /** Columns of the table in schema order, row_version excluded. */
    public static List<ExchangeColumn> columns(String tableName) {
        return fields(table(tableName)).stream().map(f -> new ExchangeColumn(name(f), kind(f),
                f.getDataType().hasLength() ? f.getDataType().length() : 0, f.getDataType().nullable())).toList();
    }

    static List<Field<?>> fields(Table<?> table) {
        return java.util.Arrays.stream(table.fields()).filter(f -> !ROW_VERSION.equals(name(f))).toList();
    }

    /** Reference columns of the table and the table each one points to. */
    public static Map<String, String> references(String tableName) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (ForeignKey<?, ?> fk : table(tableName).getReferences()) {
            refs.put(name(fk.getFields().get(0)), fk.getKey().getTable().getName().toLowerCase(Locale.ROOT));
        }
        return refs;
    }

    static ExchangeColumn.Kind kind(Field<?> field) {
        Class<?> type = field.getType();
        if (type == UUID.class) {
            return ExchangeColumn.Kind.UUID;
        } else if (type == Integer.class) {
            return ExchangeColumn.Kind.INT;
        } else if (type == Long.class) {
            return ExchangeColumn.Kind.BIGINT;
        } else if (type == LocalDate.class) {
            return ExchangeColumn.Kind.DATE;
        } else if (type == LocalTime.class) {
            return ExchangeColumn.Kind.TIME;
        } else if (type == OffsetDateTime.class) {
            return ExchangeColumn.Kind.TIMESTAMP;
        }
        return ExchangeColumn.Kind.TEXT;
    }
}
