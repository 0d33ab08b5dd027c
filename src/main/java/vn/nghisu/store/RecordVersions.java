package vn.nghisu.store;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;

/**
 * Optimistic checks on row_version for several users of one shared database: read a record's version when
 * editing starts, and check it, inside the saving transaction, before writing.
 * {@code db.inTransaction(r -> { versions(r).expect("meeting", id, v); r.meetings().save(m); })}
 */
public final class RecordVersions {
    /** The tables of a meeting's parts, each with a meeting_id column. */
    static final List<String> MEETING_PARTS = List.of("attendance", "agenda_item", "statement", "issue", "directive",
            "action_item");
    private final DSLContext dsl;

    public RecordVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The version of the record now, if it exists. */
    public Optional<Long> current(String tableName, UUID id) {
        Table<?> table = ExchangeSchema.table(tableName);
        Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
        return dsl.select(version).from(table).where(Rows.id(table).eq(id)).fetchOptional(version);
    }

    /** The versions of all parts of one meeting (attendance … action items), by id, deleted ones included. */
    public Map<UUID, Long> ofMeeting(UUID meetingId) {
        Map<UUID, Long> versions = new HashMap<>();
        for (String name : MEETING_PARTS) {
            Table<?> table = ExchangeSchema.table(name);
            Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
            versions.putAll(dsl.select(Rows.id(table), version).from(table)
                    .where(Rows.field(table, "MEETING_ID", UUID.class).eq(meetingId)).fetchMap(Rows.id(table), version));
        }
        return versions;
    }

    /**
     * Locks the row until the transaction ends and throws {@link ConcurrentEditException} if its version
     * is no longer the one the user started from (a soft delete moves it on too); a missing row (new record) passes.
     */
    public void expect(String tableName, UUID id, long expected) {
        Table<?> table = ExchangeSchema.table(tableName);
        Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
        Field<OffsetDateTime> deletedAt = Rows.field(table, "DELETED_AT", OffsetDateTime.class);
        Optional<Record2<Long, OffsetDateTime>> now = dsl.select(version, deletedAt).from(table)
                .where(Rows.id(table).eq(id)).forUpdate().fetchOptional();
        if (now.isPresent() && now.get().value1() != expected) {
            throw new ConcurrentEditException(tableName, id, expected, now.get().value1(), now.get().value2() != null);
        }
    }

    /**
     * One transaction: checks that the record is still at the expected version (see {@link #expect}), runs the
     * write, and answers the record's version afterwards, the one to expect at the next save.
     */
    public static long saveExpecting(Database db, String tableName, UUID id, long expected,
                                     java.util.function.Consumer<Repositories> write) {
        return db.dsl().transactionResult(tx -> {
            RecordVersions versions = new RecordVersions(tx.dsl());
            versions.expect(tableName, id, expected);
            write.accept(Repositories.over(tx.dsl()));
            return versions.current(tableName, id).orElse(0L);
        });
    }

    /** One transaction: the write (unchecked), then the record's version afterwards. */
    public static long writeThenVersion(Database db, String tableName, UUID id,
                                        java.util.function.Consumer<Repositories> write) {
        return db.dsl().transactionResult(tx -> {
            write.accept(Repositories.over(tx.dsl()));
            return new RecordVersions(tx.dsl()).current(tableName, id).orElse(0L);
        });
    }

    /**
     * Rows.save guarded by the version in one statement: updates only if row_version is still the expected
     * one, else throws; inserts when the row does not exist yet.
     */
    static <R extends org.jooq.Record> void saveIfVersion(DSLContext dsl, Table<R> table, UUID id, long expected,
                                                          Values values) {
        Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
        int changed = dsl.update(table).set(values.map()).set(Rows.field(table, "UPDATED_AT",
                        java.time.OffsetDateTime.class), Rows.now()).set(version, version.plus(1))
                .where(Rows.id(table).eq(id)).and(version.eq(expected)).execute();
        if (changed == 0) {
            Optional<Long> now = dsl.select(version).from(table).where(Rows.id(table).eq(id)).fetchOptional(version);
            if (now.isPresent()) {
                throw new ConcurrentEditException(table.getName().toLowerCase(java.util.Locale.ROOT), id, expected,
                        now.get());
            }
            Rows.save(dsl, table, id, values);
        }
    }
}
