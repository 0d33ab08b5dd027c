package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.ACTION_ITEM_COORDINATOR;
import static vn.nghisu.store.generated.Tables.ISSUE_ACTION_LINK;
import static vn.nghisu.store.generated.Tables.PROGRESS_UPDATE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.ProgressUpdate;
import vn.nghisu.store.generated.tables.records.ActionItemRecord;

/** Nhiệm vụ with its coordinating units, progress updates and links to the issues it answers. */
public final class ActionItemRepository {
    private final DSLContext dsl;

    public ActionItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ActionItem> findAll() {
        return find(ACTION_ITEM.DELETED_AT.isNull());
    }

    public List<ActionItem> findByMeeting(UUID meetingId) {
        return find(ACTION_ITEM.DELETED_AT.isNull().and(ACTION_ITEM.MEETING_ID.eq(meetingId)));
    }

    public Optional<ActionItem> find(UUID id) {
        return find(ACTION_ITEM.DELETED_AT.isNull().and(ACTION_ITEM.ID.eq(id))).stream().findFirst();
    }

    private List<ActionItem> find(Condition where) {
        Map<UUID, List<UUID>> coordinators = dsl
                .select(ACTION_ITEM_COORDINATOR.ACTION_ITEM_ID, ACTION_ITEM_COORDINATOR.UNIT_ID)
                .from(ACTION_ITEM_COORDINATOR).join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_COORDINATOR.ACTION_ITEM_ID))
                .where(where).and(ACTION_ITEM_COORDINATOR.DELETED_AT.isNull())
                .fetchGroups(ACTION_ITEM_COORDINATOR.ACTION_ITEM_ID, ACTION_ITEM_COORDINATOR.UNIT_ID);
        return dsl.selectFrom(ACTION_ITEM).where(where).orderBy(ACTION_ITEM.POSITION, ACTION_ITEM.CREATED_AT)
                .fetch(r -> toItem(r, coordinators.get(r.getId())));
    }

    private static ActionItem toItem(ActionItemRecord r, List<UUID> coordinators) {
        return new ActionItem(r.getId(), r.getTitle(), r.getMeetingId(), r.getDirectiveId(), r.getActionPlanId(),
                r.getOwnerUnitId(), r.getOwnerSubCommitteeId(), r.getLeadPersonId(), coordinators, r.getDeadline(),
                ActionStatus.valueOf(r.getStatus()), r.getPosition());
    }

    public void save(ActionItem a) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            Rows.save(t, ACTION_ITEM, a.id(), new Values()
                    .put(ACTION_ITEM.TITLE, a.title()).put(ACTION_ITEM.MEETING_ID, a.meetingId())
                    .put(ACTION_ITEM.DIRECTIVE_ID, a.directiveId()).put(ACTION_ITEM.ACTION_PLAN_ID, a.planId())
                    .put(ACTION_ITEM.OWNER_UNIT_ID, a.ownerUnitId())
                    .put(ACTION_ITEM.OWNER_SUB_COMMITTEE_ID, a.ownerSubCommitteeId())
                    .put(ACTION_ITEM.LEAD_PERSON_ID, a.leadPersonId()).put(ACTION_ITEM.DEADLINE, a.deadline())
                    .put(ACTION_ITEM.STATUS, a.status().name()).put(ACTION_ITEM.POSITION, a.position()));
            Rows.syncLinks(t, ACTION_ITEM_COORDINATOR, ACTION_ITEM_COORDINATOR.ACTION_ITEM_ID, a.id(),
                    ACTION_ITEM_COORDINATOR.UNIT_ID, a.coordinatingUnitIds());
        });
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, ACTION_ITEM, id);
    }

    public boolean restore(UUID id) {
        return Rows.restore(dsl, ACTION_ITEM, id);
    }

    public void addProgress(ProgressUpdate p) {
        Rows.save(dsl, PROGRESS_UPDATE, p.id(), new Values()
                .put(PROGRESS_UPDATE.ACTION_ITEM_ID, p.actionItemId()).put(PROGRESS_UPDATE.UPDATE_DATE, p.date())
                .put(PROGRESS_UPDATE.NOTE, p.note()).put(PROGRESS_UPDATE.PERCENT, p.percent()));
    }

    public List<ProgressUpdate> progress(UUID actionItemId) {
        return dsl.selectFrom(PROGRESS_UPDATE).where(PROGRESS_UPDATE.ACTION_ITEM_ID.eq(actionItemId))
                .and(PROGRESS_UPDATE.DELETED_AT.isNull()).orderBy(PROGRESS_UPDATE.UPDATE_DATE, PROGRESS_UPDATE.CREATED_AT)
                .fetch(r -> new ProgressUpdate(r.getId(), r.getActionItemId(), r.getUpdateDate(), r.getNote(),
                        r.getPercent()));
    }

    /** Links the item to the issues it answers (replacing the previous links). */
    public void linkIssues(UUID actionItemId, List<UUID> issueIds) {
        Rows.syncLinks(dsl, ISSUE_ACTION_LINK, ISSUE_ACTION_LINK.ACTION_ITEM_ID, actionItemId,
                ISSUE_ACTION_LINK.ISSUE_ID, issueIds);
    }

    public List<UUID> linkedIssues(UUID actionItemId) {
        return dsl.select(ISSUE_ACTION_LINK.ISSUE_ID).from(ISSUE_ACTION_LINK)
                .where(ISSUE_ACTION_LINK.ACTION_ITEM_ID.eq(actionItemId)).and(ISSUE_ACTION_LINK.DELETED_AT.isNull())
                .fetch(ISSUE_ACTION_LINK.ISSUE_ID);
    }
}
