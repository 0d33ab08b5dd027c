package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.ATTENDANCE;
import static vn.nghisu.store.generated.Tables.DIRECTIVE;
import static vn.nghisu.store.generated.Tables.ISSUE;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.STATEMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
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
        insert(rows, m -> {
            var r = dsl.newRecord(MEETING);
            r.setId(m.id());
            r.setTitle(m.title());
            r.setKindId(m.kindId());
            r.setMeetingDate(m.date());
            r.setStartTime(m.start());
            r.setEndTime(m.end());
            r.setPlace(m.place());
            r.setHostUnitId(m.hostUnitId());
            r.setWorkingGroupId(m.workingGroupId());
            r.setChairPersonId(m.chairId());
            r.setSecretaryPersonId(m.secretaryId());
            r.setStatus(m.status().name());
            return stamp(r);
        });
    }

    public void attendance(List<Attendance> rows) {
        insert(rows, a -> {
            var r = dsl.newRecord(ATTENDANCE);
            r.setId(a.id());
            r.setMeetingId(a.meetingId());
            r.setUnitId(a.unitId());
            r.setPersonId(a.personId());
            r.setPresence(a.presence().name());
            r.setReason(a.reason());
            r.setPosition(a.position());
            return stamp(r);
        });
    }

    public void statements(List<Statement> rows) {
        insert(rows, s -> {
            var r = dsl.newRecord(STATEMENT);
            r.setId(s.id());
            r.setMeetingId(s.meetingId());
            r.setAgendaItemId(s.agendaItemId());
            r.setSpeakerPersonId(s.speakerId());
            r.setPosition(s.position());
            r.setSummary(s.summary());
            return stamp(r);
        });
    }

    public void issues(List<Issue> rows) {
        insert(rows, i -> {
            var r = dsl.newRecord(ISSUE);
            r.setId(i.id());
            r.setMeetingId(i.meetingId());
            r.setTitle(i.title());
            r.setDetail(i.detail());
            r.setCategoryId(i.categoryId());
            r.setRaisedByUnitId(i.raisedByUnitId());
            r.setStatus(i.status().name());
            r.setEscalatedToId(i.escalatedToId());
            r.setResolution(i.resolution());
            r.setResolvedOn(i.resolvedOn());
            r.setPosition(i.position());
            return stamp(r);
        });
    }

    public void directives(List<Directive> rows) {
        insert(rows, d -> {
            var r = dsl.newRecord(DIRECTIVE);
            r.setId(d.id());
            r.setMeetingId(d.meetingId());
            r.setPosition(d.position());
            r.setBody(d.text());
            return stamp(r);
        });
    }

    /** Action items; completedOn gives the completion day of the done ones. */
    public void actions(List<ActionItem> rows, Map<java.util.UUID, LocalDate> completedOn) {
        insert(rows, a -> {
            var r = dsl.newRecord(ACTION_ITEM);
            r.setId(a.id());
            r.setTitle(a.title());
            r.setMeetingId(a.meetingId());
            r.setDirectiveId(a.directiveId());
            r.setActionPlanId(a.planId());
            r.setOwnerUnitId(a.ownerUnitId());
            r.setOwnerSubCommitteeId(a.ownerSubCommitteeId());
            r.setLeadPersonId(a.leadPersonId());
            r.setDeadline(a.deadline());
            r.setStatus(a.status().name());
            r.setPosition(a.position());
            r.setCompletedOn(completedOn.get(a.id()));
            return stamp(r);
        });
    }

    private <R extends TableRecord<R>> R stamp(R r) {
        r.set(Rows.field(r.getTable(), "CREATED_AT", OffsetDateTime.class), now);
        r.set(Rows.field(r.getTable(), "UPDATED_AT", OffsetDateTime.class), now);
        return r;
    }

    private <T, R extends TableRecord<R>> void insert(List<T> rows, Function<T, R> toRecord) {
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows.stream().map(toRecord).toList()).execute();
        }
    }
}
