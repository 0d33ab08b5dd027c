package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ESCALATION_BODY;
import static vn.nghisu.store.generated.Tables.ISSUE_CATEGORY;
import static vn.nghisu.store.generated.Tables.MEETING_KIND;
import static vn.nghisu.store.generated.Tables.UNIT_KIND;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;

/** The editable lists: unit kinds, meeting kinds, issue categories, escalation bodies (tables of one shape). */
public final class ListRepository {
    private final DSLContext dsl;

    public ListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Table<? extends Record> table(ListKind kind) {
        return switch (kind) {
            case UNIT_KIND -> UNIT_KIND;
            case MEETING_KIND -> MEETING_KIND;
            case ISSUE_CATEGORY -> ISSUE_CATEGORY;
            case ESCALATION_BODY -> ESCALATION_BODY;
        };
    }

    public List<ListItem> findAll(ListKind kind) {
        Table<? extends Record> t = table(kind);
        Field<String> name = Rows.field(t, "NAME", String.class);
        Field<Integer> order = Rows.field(t, "SORT_ORDER", Integer.class);
        return dsl.select(Rows.id(t), name, order).from(t).where(Rows.live(t)).orderBy(order, name)
                .fetch(r -> new ListItem(r.value1(), kind, r.value2(), r.value3()));
    }

    /** Deleted ones too, for the names of past meetings. */
    public List<ListItem> findAllIncludingDeleted(ListKind kind) {
        Table<? extends Record> t = table(kind);
        Field<String> name = Rows.field(t, "NAME", String.class);
        Field<Integer> order = Rows.field(t, "SORT_ORDER", Integer.class);
        return dsl.select(Rows.id(t), name, order).from(t).fetch(r -> new ListItem(r.value1(), kind, r.value2(), r.value3()));
    }

    public void save(ListItem item) {
        Table<? extends Record> t = table(item.kind());
        Rows.save(dsl, t, item.id(), new Values()
                .put(Rows.field(t, "NAME", String.class), item.name())
                .put(Rows.field(t, "SORT_ORDER", Integer.class), item.sortOrder()));
    }

    public boolean delete(ListKind kind, UUID id) {
        return Rows.softDelete(dsl, table(kind), id);
    }

    public boolean restore(ListKind kind, UUID id) {
        return Rows.restore(dsl, table(kind), id);
    }
}
