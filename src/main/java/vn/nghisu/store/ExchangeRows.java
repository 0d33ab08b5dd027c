package vn.nghisu.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Whole rows of the exchangeable tables in their package form (column name → JSON value), read and
 * written generically so that a package carries every column the schema has, not a hand-picked subset.
 */
public final class ExchangeRows {
    private static final int CHUNK = 250;
    private static final int SCAN_ABOVE = 200;
    private final DSLContext dsl;

    public ExchangeRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Rows whose column (e.g. id or meeting_id) is one of the values, soft-deleted rows included. When the
     * values are many compared with the table (an import into a new or already-synchronized database), one
     * scan of the table filtered here beats IN lists, which H2 checks value by value for every row found.
     */
    public List<Map<String, Object>> where(String tableName, String column, Collection<UUID> values) {
        Table<?> table = ExchangeSchema.table(tableName);
        Field<UUID> field = Rows.field(table, column.toUpperCase(java.util.Locale.ROOT), UUID.class);
        Set<UUID> wanted = new LinkedHashSet<>(values);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (wanted.isEmpty()) {
            return rows;
        }
        if (wanted.size() >= SCAN_ABOVE && dsl.fetchCount(table) <= 4L * wanted.size()) {
            dsl.selectFrom(table).orderBy(Rows.id(table)).forEach(r -> {
                if (wanted.contains(r.get(field))) {
                    rows.add(toJson(r, false));
                }
            });
            return rows;
        }
        List<UUID> all = new ArrayList<>(wanted);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<UUID> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            dsl.selectFrom(table).where(field.in(chunk)).orderBy(Rows.id(table)).forEach(r -> rows.add(toJson(r, false)));
        }
        return rows;
    }

    /** The rows with these ids, by id. */
    public Map<UUID, Map<String, Object>> byId(String tableName, Collection<UUID> ids) {
        Map<UUID, Map<String, Object>> found = new HashMap<>();
        for (Map<String, Object> row : where(tableName, "id", ids)) {
            found.put(UUID.fromString((String) row.get("id")), row);
        }
        return found;
    }

    /** Every row of the table ordered by id, optionally with its local row_version (for content checksums). */
    public List<Map<String, Object>> all(String tableName, boolean withRowVersion) {
        Table<?> table = ExchangeSchema.table(tableName);
        return dsl.selectFrom(table).orderBy(Rows.id(table)).fetch(r -> toJson(r, withRowVersion));
    }

    /** Meetings (deleted ones too, so deletions travel) dated within the range; null bounds are open. */
    public List<UUID> meetingIds(LocalDate from, LocalDate to) {
        Table<?> meeting = ExchangeSchema.table("meeting");
        Field<LocalDate> date = Rows.field(meeting, "MEETING_DATE", LocalDate.class);
        Condition c = DSL.trueCondition();
        c = from == null ? c : c.and(date.ge(from));
        c = to == null ? c : c.and(date.le(to));
        return dsl.select(Rows.id(meeting)).from(meeting).where(c).orderBy(date, Rows.id(meeting)).fetch(Rows.id(meeting));
    }

    /** Meetings whose row, or any row hanging off them (directly or via an action item), changed after the instant. */
    public Set<UUID> changedMeetingIds(OffsetDateTime since) {
        Set<UUID> ids = new LinkedHashSet<>();
        Table<?> item = ExchangeSchema.table("action_item");
        for (String name : ExchangeSchema.TABLES) {
            Table<?> table = ExchangeSchema.table(name);
            Field<OffsetDateTime> updated = Rows.field(table, "UPDATED_AT", OffsetDateTime.class);
            if (name.equals("meeting")) {
                ids.addAll(dsl.select(Rows.id(table)).from(table).where(updated.gt(since)).fetch(Rows.id(table)));
            } else if (table.field("MEETING_ID") != null) {
                Field<UUID> meetingId = Rows.field(table, "MEETING_ID", UUID.class);
                ids.addAll(dsl.selectDistinct(meetingId).from(table).where(updated.gt(since)).and(meetingId.isNotNull())
                        .fetch(meetingId));
            } else if (table.field("ACTION_ITEM_ID") != null) {
                Field<UUID> meetingId = Rows.field(item, "MEETING_ID", UUID.class);
                ids.addAll(dsl.selectDistinct(meetingId).from(table).join(item)
                        .on(Rows.id(item).eq(Rows.field(table, "ACTION_ITEM_ID", UUID.class)))
                        .where(updated.gt(since)).and(meetingId.isNotNull()).fetch(meetingId));
            }
        }
        return ids;
    }

    /** Inserts the rows as they are (timestamps kept): one prepared statement, executed as a JDBC batch. */
    public void insert(String tableName, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = ExchangeSchema.table(tableName);
        List<Field<?>> fields = ExchangeSchema.fields(table);
        Columns columns = new Columns(fields);
        BatchBindStep batch = dsl.batch(dsl.insertInto(table).columns(fields)
                .values(java.util.Collections.nCopies(fields.size(), null)));
        for (Map<String, Object> row : rows) {
            batch.bind(columns.values(row, 0));
        }
        batch.execute();
    }

    /** Overwrites the rows with these ids column by column (timestamps kept), bumping their row_version. */
    public void update(String tableName, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = ExchangeSchema.table(tableName);
        List<Field<?>> fields = ExchangeSchema.fields(table).stream().filter(f -> !ExchangeSchema.name(f).equals("id")).toList();
        Columns columns = new Columns(fields);
        Map<Field<?>, Object> blanks = new LinkedHashMap<>();
        fields.forEach(f -> blanks.put(f, null));
        Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
        BatchBindStep batch = dsl.batch(dsl.update(table).set(blanks).set(version, version.plus(DSL.inline(1L)))
                .where(Rows.id(table).eq((UUID) null)));
        for (Map<String, Object> row : rows) {
            Object[] binds = columns.values(row, 1);
            binds[binds.length - 1] = ExchangeValues.fromJson(ExchangeColumn.Kind.UUID, row.get("id"));
            batch.bind(binds);
        }
        batch.execute();
    }

    /** The package names and kinds of the fields, worked out once per table rather than once per row and column. */
    private static final class Columns {
        private final String[] names;
        private final ExchangeColumn.Kind[] kinds;

        Columns(List<Field<?>> fields) {
            names = fields.stream().map(ExchangeSchema::name).toArray(String[]::new);
            kinds = fields.stream().map(ExchangeSchema::kind).toArray(ExchangeColumn.Kind[]::new);
        }

        /** The row's values in field order, with room for extra binds after them. */
        Object[] values(Map<String, Object> row, int extra) {
            Object[] values = new Object[names.length + extra];
            for (int i = 0; i < names.length; i++) {
                values[i] = ExchangeValues.fromJson(kinds[i], row.get(names[i]));
            }
            return values;
        }
    }

    private static Map<String, Object> toJson(Record r, boolean withRowVersion) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            String name = ExchangeSchema.name(f);
            if (withRowVersion || !ExchangeSchema.ROW_VERSION.equals(name)) {
                row.put(name, ExchangeValues.toJson(r.get(f)));
            }
        }
        return row;
    }
}
