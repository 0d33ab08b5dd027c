package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.ATTENDANCE;
import static vn.nghisu.store.generated.Tables.DIRECTIVE;
import static vn.nghisu.store.generated.Tables.ISSUE;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.STATEMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Statement;

/** Batched inserts of many new rows at once (generators, imports): JDBC batches instead of a statement per row. */
public final class BulkWriter {
    private final DSLContext dsl;
    private final OffsetDateTime now = Rows.now();

    public BulkWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void meetings(List<Meeting> rows) {
        insert(MEETING, rows, List.of(MEETING.ID, MEETING.TITLE, MEETING.KIND_ID, MEETING.MEETING_DATE,
                MEETING.START_TIME, MEETING.END_TIME, MEETING.PLACE, MEETING.HOST_UNIT_ID, MEETING.WORKING_GROUP_ID,
                MEETING.CHAIR_PERSON_ID, MEETING.SECRETARY_PERSON_ID, MEETING.STATUS), m -> new Object[] {m.id(),
                m.title(), m.kindId(), m.date(), m.start(), m.end(), m.place(), m.hostUnitId(), m.workingGroupId(),
                m.chairId(), m.secretaryId(), m.status().name()});
    }

    public void attendance(List<Attendance> rows) {
        insert(ATTENDANCE, rows, List.of(ATTENDANCE.ID, ATTENDANCE.MEETING_ID, ATTENDANCE.UNIT_ID,
                ATTENDANCE.PERSON_ID, ATTENDANCE.PRESENCE, ATTENDANCE.REASON, ATTENDANCE.POSITION), a -> new Object[] {
                a.id(), a.meetingId(), a.unitId(), a.personId(), a.presence().name(), a.reason(), a.position()});
    }

    public void statements(List<Statement> rows) {
        insert(STATEMENT, rows, List.of(STATEMENT.ID, STATEMENT.MEETING_ID, STATEMENT.AGENDA_ITEM_ID,
                STATEMENT.SPEAKER_PERSON_ID, STATEMENT.POSITION, STATEMENT.SUMMARY), s -> new Object[] {s.id(),
                s.meetingId(), s.agendaItemId(), s.speakerId(), s.position(), s.summary()});
    }

    public void issues(List<Issue> rows) {
        insert(ISSUE, rows, List.of(ISSUE.ID, ISSUE.MEETING_ID, ISSUE.TITLE, ISSUE.DETAIL, ISSUE.CATEGORY_ID,
                ISSUE.RAISED_BY_UNIT_ID, ISSUE.STATUS, ISSUE.ESCALATED_TO_ID, ISSUE.RESOLUTION, ISSUE.RESOLVED_ON,
                ISSUE.POSITION), i -> new Object[] {i.id(), i.meetingId(), i.title(), i.detail(), i.categoryId(),
                i.raisedByUnitId(), i.status().name(), i.escalatedToId(), i.resolution(), i.resolvedOn(), i.position()});
    }

    public void directives(List<Directive> rows) {
        insert(DIRECTIVE, rows, List.of(DIRECTIVE.ID, DIRECTIVE.MEETING_ID, DIRECTIVE.POSITION, DIRECTIVE.BODY),
                d -> new Object[] {d.id(), d.meetingId(), d.position(), d.text()});
    }

    /** Action items; completedOn gives the completion day of the done ones. */
    public void actions(List<ActionItem> rows, Map<UUID, LocalDate> completedOn) {
        insert(ACTION_ITEM, rows, List.of(ACTION_ITEM.ID, ACTION_ITEM.TITLE, ACTION_ITEM.MEETING_ID,
                ACTION_ITEM.DIRECTIVE_ID, ACTION_ITEM.ACTION_PLAN_ID, ACTION_ITEM.OWNER_UNIT_ID,
                ACTION_ITEM.OWNER_SUB_COMMITTEE_ID, ACTION_ITEM.LEAD_PERSON_ID, ACTION_ITEM.DEADLINE, ACTION_ITEM.STATUS,
                ACTION_ITEM.POSITION, ACTION_ITEM.COMPLETED_ON), a -> new Object[] {a.id(), a.title(), a.meetingId(),
                a.directiveId(), a.planId(), a.ownerUnitId(), a.ownerSubCommitteeId(), a.leadPersonId(), a.deadline(),
                a.status().name(), a.position(), completedOn.get(a.id())});
    }

    /**
     * One prepared INSERT bound once per row: rendering a statement per record (jOOQ's batchInsert) cost more
     * than H2's own work in the generator's profile.
     */
    private <T> void insert(Table<?> table, List<T> rows, List<Field<?>> columns, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> all = new ArrayList<>(columns);
        all.add(Rows.field(table, "CREATED_AT", OffsetDateTime.class));
        all.add(Rows.field(table, "UPDATED_AT", OffsetDateTime.class));
        BatchBindStep batch = dsl.batch(dsl.insertInto(table).columns(all).values(new Object[all.size()]));
        for (T row : rows) {
            Object[] v = Arrays.copyOf(values.apply(row), all.size());
            v[v.length - 2] = now;
            v[v.length - 1] = now;
            batch.bind(v);
        }
        batch.execute();
    }
}
