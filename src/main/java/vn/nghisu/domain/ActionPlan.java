package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Kế hoạch hoạt động: a plan owned by a sub-committee or a unit for a period. */
public record ActionPlan(UUID id, String title, UUID subCommitteeId, UUID ownerUnitId, LocalDate periodFrom,
                         LocalDate periodTo, PlanStatus status) {
    public ActionPlan {
        id = Ids.orNew(id);
        title = Texts.clean(title);
        status = status == null ? PlanStatus.DRAFT : status;
        Validation.require(title != null, "plan.title.required");
        Validation.require(periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom),
                "plan.period.order");
    }
}
