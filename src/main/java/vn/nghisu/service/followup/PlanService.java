package vn.nghisu.service.followup;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.store.ActionItemQuery;
import vn.nghisu.store.ActionStatusWriter;
import vn.nghisu.store.Database;

/** Kế hoạch hoạt động: plans per sub-committee or unit, their items, and what each item answers. */
public final class PlanService {
    private final Database db;
    private final ActionItemService actions;

    public PlanService(Database db, ActionItemService actions) {
        this.db = db;
        this.actions = actions;
    }

    public List<ActionPlan> plans() {
        return db.repositories().plans().findAll();
    }

    public void save(ActionPlan plan) {
        db.repositories().plans().save(plan);
    }

    public List<ActionItemRow> items(UUID planId) {
        return new ActionItemQuery(db.dsl()).find(ActionFilter.all().withPlan(planId), actions.today());
    }

    /** Puts existing action items (e.g. from a meeting's directives) into the plan. */
    public int addExisting(UUID planId, Collection<UUID> itemIds) {
        return new ActionStatusWriter(db.dsl()).assignToPlan(itemIds, planId);
    }

    /** Adds a new item to the plan; the plan's owner becomes its owner when it names none. */
    public ActionItem addNew(ActionPlan plan, ActionItem item) {
        boolean ownerless = item.ownerUnitId() == null && item.ownerSubCommitteeId() == null;
        ActionItem inPlan = new ActionItem(item.id(), item.title(), item.meetingId(), item.directiveId(), plan.id(),
                ownerless ? plan.ownerUnitId() : item.ownerUnitId(),
                ownerless ? plan.subCommitteeId() : item.ownerSubCommitteeId(), item.leadPersonId(),
                item.coordinatingUnitIds(), item.deadline(), item.status(), item.position());
        db.repositories().actions().save(inPlan);
        return inPlan;
    }

    /** Links an item to the directive and the issues it answers (replacing earlier issue links). */
    public void link(UUID itemId, UUID directiveId, List<UUID> issueIds) {
        new ActionStatusWriter(db.dsl()).linkDirective(itemId, directiveId);
        db.repositories().actions().linkIssues(itemId, issueIds);
    }

    public List<UUID> linkedIssues(UUID itemId) {
        return db.repositories().actions().linkedIssues(itemId);
    }
}
