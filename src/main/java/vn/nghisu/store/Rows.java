package vn.nghisu.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import vn.nghisu.domain.Ids;

/** The columns every table shares (id, created/updated/deleted, row_version) and the writes built on them. */
public final class Rows {
    private Rows() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static OffsetDateTime toTimestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant toInstant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @SuppressWarnings("unchecked")
    static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return (Field<T>) table.field(name, type);
    }

    static Field<UUID> id(Table<?> table) {
        return field(table, "ID", UUID.class);
    }

    static Condition live(Table<?> table) {
        return field(table, "DELETED_AT", OffsetDateTime.class).isNull();
    }

    /** Updates the row with this id, or inserts it; stamps updated_at and bumps row_version. */
    static <R extends Record> void save(DSLContext dsl, Table<R> table, UUID id, Values values) {
        OffsetDateTime now = now();
        Map<Field<?>, Object> update = new HashMap<>(values.map());
        update.put(field(table, "UPDATED_AT", OffsetDateTime.class), now);
        Field<Long> version = field(table, "ROW_VERSION", Long.class);
        int changed = dsl.update(table).set(update).set(version, version.plus(1)).where(id(table).eq(id)).execute();
        if (changed == 0) {
            Map<Field<?>, Object> insert = new HashMap<>(update);
            insert.put(id(table), id);
            insert.put(field(table, "CREATED_AT", OffsetDateTime.class), now);
            dsl.insertInto(table).set(insert).execute();
        }
    }

    /** Marks the row deleted; it stays for merging and undo. */
    static <R extends Record> boolean softDelete(DSLContext dsl, Table<R> table, UUID id) {
        return setDeleted(dsl, table, id, now());
    }

    /** Undoes a soft delete. */
    static <R extends Record> boolean restore(DSLContext dsl, Table<R> table, UUID id) {
        return setDeleted(dsl, table, id, null);
    }

    private static <R extends Record> boolean setDeleted(DSLContext dsl, Table<R> table, UUID id, OffsetDateTime at) {
        Field<Long> version = field(table, "ROW_VERSION", Long.class);
        return dsl.update(table)
                .set(field(table, "DELETED_AT", OffsetDateTime.class), at)
                .set(field(table, "UPDATED_AT", OffsetDateTime.class), now())
                .set(version, version.plus(1))
                .where(id(table).eq(id)).execute() > 0;
    }

    /**
     * Makes the live link rows of one owner (e.g. a working group's member units) match the given targets:
     * missing links are added, surplus ones soft-deleted, so a merge on another laptop sees the removal.
     */
    static <R extends Record> void syncLinks(DSLContext dsl, Table<R> table, Field<UUID> owner, UUID ownerId,
                                             Field<UUID> target, List<UUID> targets) {
        Map<UUID, UUID> existing = dsl.select(target, id(table)).from(table)
                .where(owner.eq(ownerId)).and(live(table)).fetchMap(target, id(table));
        for (UUID targetId : new LinkedHashSet<>(targets)) {
            if (existing.remove(targetId) == null) {
                save(dsl, table, Ids.newId(), new Values().put(owner, ownerId).put(target, targetId));
            }
        }
        existing.values().forEach(rowId -> softDelete(dsl, table, rowId));
    }
}
