package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.ESCALATION_BODY;
import static vn.nghisu.store.generated.Tables.ISSUE;
import static vn.nghisu.store.generated.Tables.ISSUE_ACTION_LINK;
import static vn.nghisu.store.generated.Tables.ISSUE_CATEGORY;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueGroupBy;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;

/** The issue register for a filter, its counts grouped by category, unit or status, and the links to items. */
public final class IssueQuery {
    private final DSLContext dsl;

    public IssueQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<IssueRow> find(IssueFilter f) {
        var query = dsl.select(ISSUE.ID, ISSUE.TITLE, ISSUE_CATEGORY.NAME, UNIT.NAME, ISSUE.STATUS, ESCALATION_BODY.NAME,
                        MEETING.ID, MEETING.TITLE, MEETING.MEETING_DATE)
                .from(ISSUE)
                .leftJoin(ISSUE_CATEGORY).on(ISSUE_CATEGORY.ID.eq(ISSUE.CATEGORY_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(ISSUE.RAISED_BY_UNIT_ID))
                .leftJoin(ESCALATION_BODY).on(ESCALATION_BODY.ID.eq(ISSUE.ESCALATED_TO_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ISSUE.MEETING_ID))
                .where(conditions(f))
                .orderBy(MEETING.MEETING_DATE.desc().nullsLast(), ISSUE.POSITION, ISSUE.ID);
        var rows = f.limit() > 0 ? query.limit(f.limit()).fetch() : query.fetch();
        return rows.map(r -> new IssueRow(r.value1(), r.value2(), r.value3(), r.value4(),
                IssueStatus.valueOf(r.value5()), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Counts of the filtered issues per group, largest first; overdue is not meaningful here and is 0. */
    public List<GroupCount> groups(IssueFilter f, IssueGroupBy by) {
        Field<UUID> id = switch (by) {
            case CATEGORY -> ISSUE.CATEGORY_ID;
            case UNIT -> ISSUE.RAISED_BY_UNIT_ID;
            case STATUS -> DSL.inline((UUID) null);
        };
        Field<String> name = switch (by) {
            case CATEGORY -> ISSUE_CATEGORY.NAME;
            case UNIT -> UNIT.NAME;
            case STATUS -> ISSUE.STATUS;
        };
        Field<Integer> count = DSL.count();
        return dsl.select(id, name, count).from(ISSUE)
                .leftJoin(ISSUE_CATEGORY).on(ISSUE_CATEGORY.ID.eq(ISSUE.CATEGORY_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(ISSUE.RAISED_BY_UNIT_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ISSUE.MEETING_ID))
                .where(conditions(f)).groupBy(id, name).orderBy(count.desc(), name)
                .fetch(r -> new GroupCount(r.value1(), r.value2(), r.value3(), 0));
    }

    /** Ids of the live action items linked to the issue. */
    public List<UUID> linkedActions(UUID issueId) {
        return dsl.select(ISSUE_ACTION_LINK.ACTION_ITEM_ID).from(ISSUE_ACTION_LINK)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ISSUE_ACTION_LINK.ACTION_ITEM_ID))
                .where(ISSUE_ACTION_LINK.ISSUE_ID.eq(issueId)).and(ISSUE_ACTION_LINK.DELETED_AT.isNull())
                .and(ACTION_ITEM.DELETED_AT.isNull()).fetch(ISSUE_ACTION_LINK.ACTION_ITEM_ID);
    }

    private static List<Condition> conditions(IssueFilter f) {
        List<Condition> c = new ArrayList<>();
        c.add(ISSUE.DELETED_AT.isNull());
        if (!f.statuses().isEmpty()) {
            c.add(ISSUE.STATUS.in(f.statuses().stream().map(Enum::name).toList()));
        }
        if (f.categoryId() != null) {
            c.add(ISSUE.CATEGORY_ID.eq(f.categoryId()));
        }
        if (f.raisedByUnitId() != null) {
            c.add(ISSUE.RAISED_BY_UNIT_ID.eq(f.raisedByUnitId()));
        }
        if (f.escalatedToId() != null) {
            c.add(ISSUE.ESCALATED_TO_ID.eq(f.escalatedToId()));
        }
        if (f.issueId() != null) {
            c.add(ISSUE.ID.eq(f.issueId()));
        }
        if (f.from() != null) {
            c.add(MEETING.MEETING_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c.add(MEETING.MEETING_DATE.le(f.to()));
        }
        return c;
    }
}
