package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.MINUTES_PROFILE;
import static vn.nghisu.store.generated.Tables.MINUTES_SECTION;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.nghisu.domain.MinutesProfileSetting;
import vn.nghisu.domain.MinutesSection;

/** What the minutes keep beside the meeting (V6): the secretary's free-text sections and the office's templates. */
public final class MinutesDraftRepository {
    private final DSLContext dsl;

    public MinutesDraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Over the database's own context, so services need not touch jOOQ. */
    public static MinutesDraftRepository over(Database db) {
        return new MinutesDraftRepository(db.dsl());
    }

    public List<MinutesSection> sections(UUID meetingId) {
        return dsl.selectFrom(MINUTES_SECTION).where(MINUTES_SECTION.MEETING_ID.eq(meetingId))
                .and(MINUTES_SECTION.DELETED_AT.isNull()).orderBy(MINUTES_SECTION.POSITION, MINUTES_SECTION.CREATED_AT)
                .fetch(r -> new MinutesSection(r.getId(), r.getMeetingId(), r.getPosition(), r.getHeading(), r.getBody()));
    }

    public void save(MinutesSection s) {
        Rows.save(dsl, MINUTES_SECTION, s.id(), new Values()
                .put(MINUTES_SECTION.MEETING_ID, s.meetingId()).put(MINUTES_SECTION.POSITION, s.position())
                .put(MINUTES_SECTION.HEADING, s.heading()).put(MINUTES_SECTION.BODY, s.body()));
    }

    public boolean deleteSection(UUID id) {
        return Rows.softDelete(dsl, MINUTES_SECTION, id);
    }

    public Optional<MinutesProfileSetting> profileOfGroup(UUID workingGroupId) {
        return profile(MINUTES_PROFILE.WORKING_GROUP_ID.eq(workingGroupId));
    }

    public Optional<MinutesProfileSetting> profileOfMeeting(UUID meetingId) {
        return profile(MINUTES_PROFILE.MEETING_ID.eq(meetingId));
    }

    /** Keeps one live template per owner: saving replaces the owner's previous one in place. */
    public void save(MinutesProfileSetting p) {
        UUID id = (p.meetingId() != null ? profileOfMeeting(p.meetingId()) : profileOfGroup(p.workingGroupId()))
                .map(MinutesProfileSetting::id).orElse(p.id());
        Rows.save(dsl, MINUTES_PROFILE, id, new Values()
                .put(MINUTES_PROFILE.WORKING_GROUP_ID, p.workingGroupId()).put(MINUTES_PROFILE.MEETING_ID, p.meetingId())
                .put(MINUTES_PROFILE.KIND, p.kind()).put(MINUTES_PROFILE.CONTENT, p.json()));
    }

    /** Removes a meeting's own template, so the working group's applies again. */
    public void clearMeetingProfile(UUID meetingId) {
        profileOfMeeting(meetingId).ifPresent(p -> Rows.softDelete(dsl, MINUTES_PROFILE, p.id()));
    }

    private Optional<MinutesProfileSetting> profile(Condition owner) {
        return dsl.selectFrom(MINUTES_PROFILE).where(owner).and(MINUTES_PROFILE.DELETED_AT.isNull())
                .orderBy(MINUTES_PROFILE.UPDATED_AT.desc()).limit(1)
                .fetchOptional(r -> new MinutesProfileSetting(r.getId(), r.getWorkingGroupId(), r.getMeetingId(),
                        r.getKind(), r.getContent()));
    }
}
