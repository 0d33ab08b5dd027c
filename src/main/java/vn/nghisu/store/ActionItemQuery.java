package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.PERSON;
import static vn.nghisu.store.generated.Tables.SUB_COMMITTEE;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;

/** The action-item list for a filter, in one round trip: every criterion becomes part of the WHERE clause. */
public final class ActionItemQuery {
    static final List<String> OPEN = List.of(ActionStatus.NOT_STARTED.name(), ActionStatus.IN_PROGRESS.name());
    private static final Field<String> OWNER = DSL.coalesce(UNIT.NAME, SUB_COMMITTEE.NAME);
    private final DSLContext dsl;

    public ActionItemQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ActionItemRow> find(ActionFilter f, LocalDate today) {
        var query = select().where(conditions(f, today)).orderBy(order(f));
        var rows = f.limit() > 0 ? query.limit(f.limit()).fetch() : query.fetch();
        return rows.map(ActionItemQuery::toRow);
    }

    /** Open items of meetings before the date held by the same host unit or the same working group. */
    public List<ActionItemRow> previousOpen(UUID hostUnitId, UUID workingGroupId, LocalDate before) {
        Condition sameOrganiser = DSL.falseCondition();
        if (hostUnitId != null) {
            sameOrganiser = sameOrganiser.or(MEETING.HOST_UNIT_ID.eq(hostUnitId));
        }
        if (workingGroupId != null) {
            sameOrganiser = sameOrganiser.or(MEETING.WORKING_GROUP_ID.eq(workingGroupId));
        }
        return select().where(ACTION_ITEM.DELETED_AT.isNull()).and(ACTION_ITEM.STATUS.in(OPEN))
                .and(MEETING.DELETED_AT.isNull()).and(MEETING.MEETING_DATE.lt(before)).and(sameOrganiser)
                .orderBy(MEETING.MEETING_DATE, ACTION_ITEM.POSITION, ACTION_ITEM.DEADLINE).fetch(ActionItemQuery::toRow);
    }

    private org.jooq.SelectOnConditionStep<Record8<UUID, String, String, String, LocalDate, String, UUID, String>> select() {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, OWNER, PERSON.FULL_NAME, ACTION_ITEM.DEADLINE,
                        ACTION_ITEM.STATUS, MEETING.ID, MEETING.TITLE)
                .from(ACTION_ITEM)
                .leftJoin(UNIT).on(UNIT.ID.eq(ACTION_ITEM.OWNER_UNIT_ID))
                .leftJoin(SUB_COMMITTEE).on(SUB_COMMITTEE.ID.eq(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID));
    }

    static List<Condition> conditions(ActionFilter f, LocalDate today) {
        List<Condition> c = new ArrayList<>();
        c.add(ACTION_ITEM.DELETED_AT.isNull());
        if (!f.statuses().isEmpty()) {
            c.add(ACTION_ITEM.STATUS.in(f.statuses().stream().map(Enum::name).toList()));
        }
        if (!f.ownerIds().isEmpty()) {
            c.add(ACTION_ITEM.OWNER_UNIT_ID.in(f.ownerIds()).or(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID.in(f.ownerIds())));
        }
        addIfSet(c, f.leadPersonId(), ACTION_ITEM.LEAD_PERSON_ID);
        addIfSet(c, f.meetingId(), ACTION_ITEM.MEETING_ID);
        addIfSet(c, f.planId(), ACTION_ITEM.ACTION_PLAN_ID);
        addIfSet(c, f.itemId(), ACTION_ITEM.ID);
        if (f.deadlineFrom() != null) {
            c.add(ACTION_ITEM.DEADLINE.ge(f.deadlineFrom()));
        }
        if (f.deadlineTo() != null) {
            c.add(ACTION_ITEM.DEADLINE.le(f.deadlineTo()));
        }
        if (f.overdueOnly()) {
            c.add(overdue(today));
        }
        if (f.dueWithinDays() != null) {
            c.add(ACTION_ITEM.STATUS.in(OPEN).and(ACTION_ITEM.DEADLINE.between(today, today.plusDays(f.dueWithinDays()))));
        }
        if (f.completedFrom() != null) {
            c.add(ACTION_ITEM.COMPLETED_ON.ge(f.completedFrom()));
        }
        return c;
    }

    /** The SQL form of {@link vn.nghisu.domain.ActionItem#isOverdue}: open and the deadline has passed. */
    static Condition overdue(LocalDate today) {
        return ACTION_ITEM.STATUS.in(OPEN).and(ACTION_ITEM.DEADLINE.lt(today));
    }

    private static <T> void addIfSet(List<Condition> c, T value, Field<T> field) {
        if (value != null) {
            c.add(field.eq(value));
        }
    }

    private static List<SortField<?>> order(ActionFilter f) {
        Field<?> key = switch (f.sort()) {
            case TITLE -> ACTION_ITEM.TITLE;
            case OWNER -> OWNER;
            case STATUS -> ACTION_ITEM.STATUS;
            case MEETING -> MEETING.MEETING_DATE;
            case DEADLINE -> ACTION_ITEM.DEADLINE;
        };
        SortField<?> first = f.descending() ? key.desc().nullsLast() : key.asc().nullsLast();
        return List.of(first, ACTION_ITEM.DEADLINE.asc().nullsLast(), ACTION_ITEM.ID.asc());
    }

    static ActionItemRow toRow(Record8<UUID, String, String, String, LocalDate, String, UUID, String> r) {
        return new ActionItemRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                ActionStatus.valueOf(r.value6()), r.value7(), r.value8());
    }

}
