package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.store.generated.tables.records.MeetingRecord;

/** Meeting header rows and the meetings list; the parts of a meeting are in {@link MeetingPartsRepository}. */
public final class MeetingRepository {
    private final DSLContext dsl;

    public MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Meeting toMeeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getTitle(), r.getKindId(), r.getMeetingDate(), r.getStartTime(), r.getEndTime(),
                r.getPlace(), r.getHostUnitId(), r.getWorkingGroupId(), r.getChairPersonId(), r.getSecretaryPersonId(),
                MeetingStatus.valueOf(r.getStatus()), r.getClosingNote());
    }

    /** The meetings list, newest first, with the host unit's name: one query. */
    public List<MeetingSummary> list() {
        return dsl.select(MEETING.ID, MEETING.TITLE, MEETING.MEETING_DATE, MEETING.PLACE, UNIT.NAME, MEETING.STATUS)
                .from(MEETING).leftJoin(UNIT).on(UNIT.ID.eq(MEETING.HOST_UNIT_ID))
                .where(MEETING.DELETED_AT.isNull())
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.START_TIME.desc(), MEETING.TITLE)
                .fetch(r -> new MeetingSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        MeetingStatus.valueOf(r.value6())));
    }

    public Optional<Meeting> find(UUID id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).and(MEETING.DELETED_AT.isNull())
                .fetchOptional(MeetingRepository::toMeeting);
    }

    public void save(Meeting m) {
        Rows.save(dsl, MEETING, m.id(), new Values()
                .put(MEETING.TITLE, m.title())
                .put(MEETING.KIND_ID, m.kindId())
                .put(MEETING.MEETING_DATE, m.date())
                .put(MEETING.START_TIME, m.start())
                .put(MEETING.END_TIME, m.end())
                .put(MEETING.PLACE, m.place())
                .put(MEETING.HOST_UNIT_ID, m.hostUnitId())
                .put(MEETING.WORKING_GROUP_ID, m.workingGroupId())
                .put(MEETING.CHAIR_PERSON_ID, m.chairId())
                .put(MEETING.SECRETARY_PERSON_ID, m.secretaryId())
                .put(MEETING.STATUS, m.status().name())
                .put(MEETING.CLOSING_NOTE, m.closingNote()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, MEETING, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, MEETING, id);
    }
}
