package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.AGENDA_ITEM;
import static vn.nghisu.store.generated.Tables.ATTENDANCE;
import static vn.nghisu.store.generated.Tables.DIRECTIVE;
import static vn.nghisu.store.generated.Tables.STATEMENT;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Statement;

/** The parts owned by a meeting: attendance, agenda items, statements and directives. */
public final class MeetingPartsRepository {
    private final DSLContext dsl;

    public MeetingPartsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Attendance> attendance(UUID meetingId) {
        return dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).and(ATTENDANCE.DELETED_AT.isNull())
                .orderBy(ATTENDANCE.POSITION)
                .fetch(r -> new Attendance(r.getId(), r.getMeetingId(), r.getUnitId(), r.getPersonId(),
                        Presence.valueOf(r.getPresence()), r.getReason(), r.getPosition()));
    }

    public List<AgendaItem> agenda(UUID meetingId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .and(AGENDA_ITEM.DELETED_AT.isNull()).orderBy(AGENDA_ITEM.POSITION)
                .fetch(r -> new AgendaItem(r.getId(), r.getMeetingId(), r.getPosition(), r.getTitle(),
                        r.getPresenterPersonId(), r.getPlannedMinutes(), Rows.toInstant(r.getActualStart()),
                        Rows.toInstant(r.getActualEnd()), r.getNotes()));
    }

    public List<Statement> statements(UUID meetingId) {
        return dsl.selectFrom(STATEMENT).where(STATEMENT.MEETING_ID.eq(meetingId)).and(STATEMENT.DELETED_AT.isNull())
                .orderBy(STATEMENT.POSITION)
                .fetch(r -> new Statement(r.getId(), r.getMeetingId(), r.getAgendaItemId(), r.getSpeakerPersonId(),
                        r.getPosition(), r.getSummary()));
    }

    public List<Directive> directives(UUID meetingId) {
        return dsl.selectFrom(DIRECTIVE).where(DIRECTIVE.MEETING_ID.eq(meetingId)).and(DIRECTIVE.DELETED_AT.isNull())
                .orderBy(DIRECTIVE.POSITION)
                .fetch(r -> new Directive(r.getId(), r.getMeetingId(), r.getPosition(), r.getBody()));
    }

    public void save(Attendance a) {
        Rows.save(dsl, ATTENDANCE, a.id(), new Values()
                .put(ATTENDANCE.MEETING_ID, a.meetingId()).put(ATTENDANCE.UNIT_ID, a.unitId())
                .put(ATTENDANCE.PERSON_ID, a.personId()).put(ATTENDANCE.PRESENCE, a.presence().name())
                .put(ATTENDANCE.REASON, a.reason()).put(ATTENDANCE.POSITION, a.position()));
    }

    public void save(AgendaItem a) {
        Rows.save(dsl, AGENDA_ITEM, a.id(), new Values()
                .put(AGENDA_ITEM.MEETING_ID, a.meetingId()).put(AGENDA_ITEM.POSITION, a.position())
                .put(AGENDA_ITEM.TITLE, a.title()).put(AGENDA_ITEM.PRESENTER_PERSON_ID, a.presenterId())
                .put(AGENDA_ITEM.PLANNED_MINUTES, a.plannedMinutes())
                .put(AGENDA_ITEM.ACTUAL_START, Rows.toTimestamp(a.actualStart()))
                .put(AGENDA_ITEM.ACTUAL_END, Rows.toTimestamp(a.actualEnd()))
                .put(AGENDA_ITEM.NOTES, a.notes()));
    }

    public void save(Statement s) {
        Rows.save(dsl, STATEMENT, s.id(), new Values()
                .put(STATEMENT.MEETING_ID, s.meetingId()).put(STATEMENT.AGENDA_ITEM_ID, s.agendaItemId())
                .put(STATEMENT.SPEAKER_PERSON_ID, s.speakerId()).put(STATEMENT.POSITION, s.position())
                .put(STATEMENT.SUMMARY, s.summary()));
    }

    public void save(Directive d) {
        Rows.save(dsl, DIRECTIVE, d.id(), new Values()
                .put(DIRECTIVE.MEETING_ID, d.meetingId()).put(DIRECTIVE.POSITION, d.position())
                .put(DIRECTIVE.BODY, d.text()));
    }

    /** Soft-deletes one part, named by its kind. */
    public boolean delete(Part part, UUID id) {
        return Rows.softDelete(dsl, part.table, id);
    }

    public boolean restore(Part part, UUID id) {
        return Rows.restore(dsl, part.table, id);
    }

    /** The kinds of meeting parts that can be deleted and restored. */
    public enum Part {
        ATTENDANCE_ROW(ATTENDANCE), AGENDA(AGENDA_ITEM), STATEMENT_ROW(STATEMENT), DIRECTIVE_ROW(DIRECTIVE);

        private final Table<? extends Record> table;

        Part(Table<? extends Record> table) {
            this.table = table;
        }
    }
}
