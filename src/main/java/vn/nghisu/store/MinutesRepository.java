package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.MINUTES_VERSION;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.MinutesVersion;

/** Finalized minutes versions of a meeting, oldest first. */
public final class MinutesRepository {
    private final DSLContext dsl;

    public MinutesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MinutesVersion> versions(UUID meetingId) {
        return dsl.selectFrom(MINUTES_VERSION).where(MINUTES_VERSION.MEETING_ID.eq(meetingId))
                .and(MINUTES_VERSION.DELETED_AT.isNull()).orderBy(MINUTES_VERSION.VERSION_NO)
                .fetch(r -> new MinutesVersion(r.getId(), r.getMeetingId(), r.getVersionNo(), r.getContent(),
                        r.getSha256(), r.getFinalizedBy(), Rows.toInstant(r.getFinalizedAt()), r.getChangeSummary()));
    }

    public void save(MinutesVersion v) {
        Rows.save(dsl, MINUTES_VERSION, v.id(), new Values()
                .put(MINUTES_VERSION.MEETING_ID, v.meetingId()).put(MINUTES_VERSION.VERSION_NO, v.versionNo())
                .put(MINUTES_VERSION.CONTENT, v.content()).put(MINUTES_VERSION.SHA256, v.sha256())
                .put(MINUTES_VERSION.FINALIZED_BY, v.finalizedBy())
                .put(MINUTES_VERSION.FINALIZED_AT, Rows.toTimestamp(v.finalizedAt()))
                .put(MINUTES_VERSION.CHANGE_SUMMARY, v.changeSummary()));
    }
}
