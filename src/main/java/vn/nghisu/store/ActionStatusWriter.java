package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.ActionStatus;

/** Status changes of action items, one or many in a single statement; records the day an item was completed. */
public final class ActionStatusWriter {
    private final DSLContext dsl;

    public ActionStatusWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sets the status of the live items among the ids; returns how many changed. */
    public int setStatus(Collection<UUID> ids, ActionStatus status, LocalDate today) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STATUS, status.name())
                .set(ACTION_ITEM.COMPLETED_ON, status == ActionStatus.DONE ? today : null)
                .set(ACTION_ITEM.UPDATED_AT, Rows.now())
                .set(ACTION_ITEM.ROW_VERSION, ACTION_ITEM.ROW_VERSION.plus(1))
                .where(ACTION_ITEM.ID.in(ids)).and(ACTION_ITEM.DELETED_AT.isNull())
                .and(ACTION_ITEM.STATUS.ne(status.name()))
                .execute();
    }

    /** Puts existing items into a plan (or takes them out with a null plan). */
    public int assignToPlan(Collection<UUID> ids, UUID planId) {
        return dsl.update(ACTION_ITEM).set(ACTION_ITEM.ACTION_PLAN_ID, planId)
                .set(ACTION_ITEM.UPDATED_AT, Rows.now())
                .set(ACTION_ITEM.ROW_VERSION, ACTION_ITEM.ROW_VERSION.plus(1))
                .where(ACTION_ITEM.ID.in(ids)).and(ACTION_ITEM.DELETED_AT.isNull()).execute();
    }

    /** Links the item to the directive it answers. */
    public int linkDirective(UUID itemId, UUID directiveId) {
        return dsl.update(ACTION_ITEM).set(ACTION_ITEM.DIRECTIVE_ID, directiveId)
                .set(ACTION_ITEM.UPDATED_AT, Rows.now())
                .set(ACTION_ITEM.ROW_VERSION, ACTION_ITEM.ROW_VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(itemId)).execute();
    }
}
