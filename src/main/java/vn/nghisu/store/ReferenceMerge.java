package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.PERSON;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.generated.DefaultSchema;

/**
 * Merges a duplicate unit or person into a survivor: every foreign key that points at the duplicate (found
 * from the schema, so tables added by later migrations are covered too) is repointed to the survivor, and
 * the duplicate is soft-deleted, all in one transaction.
 */
public final class ReferenceMerge {
    /** Tables holding set members: after repointing, a row that now repeats a live twin is soft-deleted. */
    private static final Set<String> SET_TABLES = Set.of("WORKING_GROUP_UNIT", "WORKING_GROUP_PERSON",
            "ACTION_ITEM_COORDINATOR", "ATTENDANCE");
    private final DSLContext dsl;

    public ReferenceMerge(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static ReferenceMerge over(Database db) {
        return new ReferenceMerge(db.dsl());
    }

    /** Returns how many rows were repointed. */
    public int mergeUnits(UUID survivor, UUID duplicate) {
        return merge(UNIT, survivor, duplicate);
    }

    public int mergePersons(UUID survivor, UUID duplicate) {
        return merge(PERSON, survivor, duplicate);
    }

    private int merge(Table<?> target, UUID survivor, UUID duplicate) {
        if (survivor == null || duplicate == null || survivor.equals(duplicate)) {
            throw new ValidationException("directory.merge.same");
        }
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            requireLive(t, target, survivor);
            requireLive(t, target, duplicate);
            if (target == UNIT) {
                UnitTree.liftOutOf(t, survivor, duplicate);
            }
            int moved = 0;
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                for (ForeignKey<?, ?> fk : table.getReferences()) {
                    if (fk.getKey().getTable().equals(target) && fk.getFields().size() == 1) {
                        Field<UUID> column = Rows.field(table, fk.getFields().get(0).getName(), UUID.class);
                        if (SET_TABLES.contains(table.getName().toUpperCase(java.util.Locale.ROOT))) {
                            dropTwins(t, table, column, survivor, duplicate);
                        }
                        moved += repoint(t, table, column, survivor, duplicate);
                    }
                }
            }
            Rows.softDelete(t, target, duplicate);
            new AuditRepository(t).record(null, target.getName().toLowerCase(java.util.Locale.ROOT), duplicate,
                    "MERGE", "merged into " + survivor);
            return moved;
        });
    }

    private static void requireLive(DSLContext t, Table<?> table, UUID id) {
        if (!t.fetchExists(table, Rows.id(table).eq(id).and(Rows.live(table)))) {
            throw new ValidationException("directory.merge.missing");
        }
    }

    /** Repoints deleted rows too, so that undoing an old delete cannot bring back a link to the duplicate. */
    private static int repoint(DSLContext t, Table<?> table, Field<UUID> column, UUID survivor, UUID duplicate) {
        Field<Long> version = Rows.field(table, "ROW_VERSION", Long.class);
        return t.update(table).set(column, survivor)
                .set(Rows.field(table, "UPDATED_AT", OffsetDateTime.class), Rows.now())
                .set(version, version.plus(1))
                .where(column.eq(duplicate)).and(Rows.id(table).ne(duplicate)).execute();
    }

    /** Soft-deletes the duplicate's set rows whose other links equal those of a live row of the survivor. */
    private static void dropTwins(DSLContext t, Table<?> table, Field<UUID> column, UUID survivor, UUID duplicate) {
        Table<?> twin = table.as("twin");
        Condition same = Rows.field(twin, column.getName(), UUID.class).eq(survivor).and(Rows.live(twin));
        for (ForeignKey<?, ?> other : table.getReferences()) {
            String name = other.getFields().get(0).getName();
            if (!name.equals(column.getName())) {
                same = same.and(Rows.field(twin, name, UUID.class).isNotDistinctFrom(Rows.field(table, name, UUID.class)));
            }
        }
        List<UUID> twins = t.select(Rows.id(table)).from(table)
                .where(column.eq(duplicate)).and(Rows.live(table))
                .andExists(DSL.selectOne().from(twin).where(same)).fetch(Rows.id(table));
        twins.forEach(id -> Rows.softDelete(t, table, id));
    }
}
