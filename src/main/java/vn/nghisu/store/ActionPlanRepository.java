package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_PLAN;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.PlanStatus;

/** Kế hoạch hoạt động rows; their items are action items pointing at the plan. */
public final class ActionPlanRepository {
    private final DSLContext dsl;

    public ActionPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ActionPlan> findAll() {
        return dsl.selectFrom(ACTION_PLAN).where(ACTION_PLAN.DELETED_AT.isNull()).orderBy(ACTION_PLAN.PERIOD_FROM)
                .fetch(r -> new ActionPlan(r.getId(), r.getTitle(), r.getSubCommitteeId(), r.getOwnerUnitId(),
                        r.getPeriodFrom(), r.getPeriodTo(), PlanStatus.valueOf(r.getStatus())));
    }

    public void save(ActionPlan p) {
        Rows.save(dsl, ACTION_PLAN, p.id(), new Values()
                .put(ACTION_PLAN.TITLE, p.title()).put(ACTION_PLAN.SUB_COMMITTEE_ID, p.subCommitteeId())
                .put(ACTION_PLAN.OWNER_UNIT_ID, p.ownerUnitId()).put(ACTION_PLAN.PERIOD_FROM, p.periodFrom())
                .put(ACTION_PLAN.PERIOD_TO, p.periodTo()).put(ACTION_PLAN.STATUS, p.status().name()));
    }

    public boolean delete(UUID id) {
        return Rows.softDelete(dsl, ACTION_PLAN, id);
    }
}
