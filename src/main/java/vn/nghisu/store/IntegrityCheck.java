package vn.nghisu.store;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.nghisu.store.generated.DefaultSchema;

/**
 * Reads every row of every table (so every page of the file is decoded) and checks that every foreign
 * key points at an existing row. Used after a crash, after a restore and by the crash harness.
 */
public final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /** The problems found, in plain English for logs and tests; empty when the database is sound. */
    public static List<String> run(Database db) {
        DSLContext dsl = db.dsl();
        List<String> problems = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            try {
                long rows;
                try (var cursor = dsl.selectFrom(table).fetchLazy()) {
                    rows = cursor.stream().count();
                }
                if (rows != dsl.fetchCount(table)) {
                    problems.add(table.getName() + ": scanned rows differ from the count");
                }
                for (ForeignKey<?, ?> fk : table.getReferences()) {
                    int orphans = dsl.fetchCount(table, orphan(fk));
                    if (orphans > 0) {
                        problems.add(table.getName() + ": " + orphans + " rows break " + fk.getName());
                    }
                }
            } catch (RuntimeException e) {
                problems.add(table.getName() + ": unreadable (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Condition orphan(ForeignKey<?, ?> fk) {
        Table<?> parent = fk.getKey().getTable().as("p");
        List<? extends Field<?>> childFields = fk.getFields();
        List<? extends Field<?>> parentFields = fk.getKeyFields();
        Condition notNull = DSL.noCondition();
        Condition matches = DSL.noCondition();
        for (int i = 0; i < childFields.size(); i++) {
            Field<Object> child = (Field<Object>) childFields.get(i);
            notNull = notNull.and(child.isNotNull());
            matches = matches.and(parent.field(parentFields.get(i).getName(), Object.class).eq(child));
        }
        return notNull.andNotExists(DSL.selectOne().from(parent).where(matches));
    }
}
