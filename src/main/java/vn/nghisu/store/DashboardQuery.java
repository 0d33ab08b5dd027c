package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.SUB_COMMITTEE;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.DashboardFigures;
import vn.nghisu.domain.GroupCount;

/**
 * The dashboard in four queries, each read through an index: counts over the open items, the items done this
 * month, open items per owner, the most overdue items. At 100,000 items a scan of all of them cost more than
 * all four together (the open ones are about one in eight).
 */
public final class DashboardQuery {
    private static final int OVERDUE_LIST = 100;
    private final DSLContext dsl;

    public DashboardQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DashboardFigures load(LocalDate today, int soonDays) {
        Condition open = ACTION_ITEM.STATUS.in(ActionItemQuery.OPEN);
        var counts = dsl.select(DSL.count(), count(ACTION_ITEM.DEADLINE.lt(today)),
                        count(ACTION_ITEM.DEADLINE.between(today, today.plusDays(soonDays))))
                .from(ACTION_ITEM).where(ACTION_ITEM.DELETED_AT.isNull()).and(open).fetchOne();
        int doneThisMonth = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.DELETED_AT.isNull()
                .and(ACTION_ITEM.STATUS.eq(ActionStatus.DONE.name()))
                .and(ACTION_ITEM.COMPLETED_ON.ge(today.withDayOfMonth(1))));
        List<GroupCount> units = new ArrayList<>();
        List<GroupCount> subCommittees = new ArrayList<>();
        Field<Integer> openCount = DSL.count();
        dsl.select(ACTION_ITEM.OWNER_UNIT_ID, UNIT.NAME, ACTION_ITEM.OWNER_SUB_COMMITTEE_ID, SUB_COMMITTEE.NAME,
                        openCount, count(ACTION_ITEM.DEADLINE.lt(today)))
                .from(ACTION_ITEM)
                .leftJoin(UNIT).on(UNIT.ID.eq(ACTION_ITEM.OWNER_UNIT_ID))
                .leftJoin(SUB_COMMITTEE).on(SUB_COMMITTEE.ID.eq(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID))
                .where(ACTION_ITEM.DELETED_AT.isNull()).and(open)
                .and(ACTION_ITEM.OWNER_UNIT_ID.isNotNull().or(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID.isNotNull()))
                .groupBy(ACTION_ITEM.OWNER_UNIT_ID, UNIT.NAME, ACTION_ITEM.OWNER_SUB_COMMITTEE_ID, SUB_COMMITTEE.NAME)
                .orderBy(openCount.desc())
                .forEach(r -> {
                    if (r.value1() != null) {
                        units.add(new GroupCount(r.value1(), r.value2(), r.value5(), r.value6()));
                    } else {
                        subCommittees.add(new GroupCount(r.value3(), r.value4(), r.value5(), r.value6()));
                    }
                });
        var overdueItems = new ActionItemQuery(dsl).find(ActionFilter.all().withOverdueOnly(true)
                .limitedTo(OVERDUE_LIST), today);
        return new DashboardFigures(today, counts.value1(), counts.value2(), counts.value3(), doneThisMonth,
                units, subCommittees, overdueItems);
    }

    private static Field<Integer> count(Condition c) {
        return DSL.count().filterWhere(c);
    }
}
