package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ISSUE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.store.generated.tables.records.IssueRecord;

/** Khó khăn, vướng mắc rows: the issue register. */
public final class IssueRepository {
    private final DSLContext dsl;

    public IssueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Issue toIssue(IssueRecord r) {
        return new Issue(r.getId(), r.getMeetingId(), r.getTitle(), r.getDetail(), r.getCategoryId(),
                r.getRaisedByUnitId(), IssueStatus.valueOf(r.getStatus()), r.getEscalatedToId(), r.getResolution(),
                r.getResolvedOn(), r.getPosition());
    }

    public List<Issue> findAll() {
        return dsl.selectFrom(ISSUE).where(ISSUE.DELETED_AT.isNull()).orderBy(ISSUE.CREATED_AT)
                .fetch(IssueRepository::toIssue);
    }

    public List<Issue> findByMeeting(UUID meetingId) {
        return dsl.selectFrom(ISSUE).where(ISSUE.MEETING_ID.eq(meetingId)).and(ISSUE.DELETED_AT.isNull())
                .orderBy(ISSUE.POSITION).fetch(IssueRepository::toIssue);
    }

    public Optional<Issue> find(UUID id) {
        return dsl.selectFrom(ISSUE).where(ISSUE.ID.eq(id)).and(ISSUE.DELETED_AT.isNull())
                .fetchOptional(IssueRepository::toIssue);
    }

    public void save(Issue i) {
        Rows.save(dsl, ISSUE, i.id(), new Values()
                .put(ISSUE.MEETING_ID, i.meetingId()).put(ISSUE.TITLE, i.title()).put(ISSUE.DETAIL, i.detail())
                .put(ISSUE.CATEGORY_ID, i.categoryId()).put(ISSUE.RAISED_BY_UNIT_ID, i.raisedByUnitId())
                .put(ISSUE.STATUS, i.status().name()).put(ISSUE.ESCALATED_TO_ID, i.escalatedToId())
                .put(ISSUE.RESOLUTION, i.resolution()).put(ISSUE.RESOLVED_ON, i.resolvedOn())
                .put(ISSUE.POSITION, i.position()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, ISSUE, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, ISSUE, id);
    }
}
