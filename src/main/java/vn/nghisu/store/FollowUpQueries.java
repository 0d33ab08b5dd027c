package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.ESCALATION_BODY;
import static vn.nghisu.store.generated.Tables.ISSUE;
import static vn.nghisu.store.generated.Tables.ISSUE_CATEGORY;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.PERSON;
import static vn.nghisu.store.generated.Tables.SUB_COMMITTEE;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;

/** The follow-up lists in one query each, names joined in. */
public final class FollowUpQueries {
    private final DSLContext dsl;

    public FollowUpQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ActionItemRow> actionItems() {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, DSL.coalesce(UNIT.NAME, SUB_COMMITTEE.NAME),
                        PERSON.FULL_NAME, ACTION_ITEM.DEADLINE, ACTION_ITEM.STATUS, MEETING.ID, MEETING.TITLE)
                .from(ACTION_ITEM)
                .leftJoin(UNIT).on(UNIT.ID.eq(ACTION_ITEM.OWNER_UNIT_ID))
                .leftJoin(SUB_COMMITTEE).on(SUB_COMMITTEE.ID.eq(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .where(ACTION_ITEM.DELETED_AT.isNull())
                .orderBy(ACTION_ITEM.DEADLINE.asc().nullsLast(), ACTION_ITEM.TITLE)
                .fetch(r -> new ActionItemRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        ActionStatus.valueOf(r.value6()), r.value7(), r.value8()));
    }

    public List<IssueRow> issues() {
        return dsl.select(ISSUE.ID, ISSUE.TITLE, ISSUE_CATEGORY.NAME, UNIT.NAME, ISSUE.STATUS, ESCALATION_BODY.NAME,
                        MEETING.ID, MEETING.TITLE, MEETING.MEETING_DATE)
                .from(ISSUE)
                .leftJoin(ISSUE_CATEGORY).on(ISSUE_CATEGORY.ID.eq(ISSUE.CATEGORY_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(ISSUE.RAISED_BY_UNIT_ID))
                .leftJoin(ESCALATION_BODY).on(ESCALATION_BODY.ID.eq(ISSUE.ESCALATED_TO_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(ISSUE.MEETING_ID))
                .where(ISSUE.DELETED_AT.isNull())
                .orderBy(MEETING.MEETING_DATE.desc().nullsLast(), ISSUE.POSITION)
                .fetch(r -> new IssueRow(r.value1(), r.value2(), r.value3(), r.value4(), IssueStatus.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
