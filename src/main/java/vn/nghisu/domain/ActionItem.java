package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Nhiệm vụ: a task with an owner (unit or sub-committee), lead person, coordinators and deadline. */
public record ActionItem(UUID id, String title, UUID meetingId, UUID directiveId, UUID planId, UUID ownerUnitId,
                         UUID ownerSubCommitteeId, UUID leadPersonId, List<UUID> coordinatingUnitIds,
                         LocalDate deadline, ActionStatus status, int position) {
    public ActionItem {
        id = Ids.orNew(id);
        title = Texts.clean(title);
        status = status == null ? ActionStatus.NOT_STARTED : status;
        coordinatingUnitIds = coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
        Validation.require(title != null, "action.title.required");
        Validation.require(ownerUnitId == null || ownerSubCommitteeId == null, "action.owner.one");
    }

    /** Quá hạn: derived from deadline and status, never stored. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && deadline != null && deadline.isBefore(today);
    }

    public ActionItem withStatus(ActionStatus newStatus) {
        return new ActionItem(id, title, meetingId, directiveId, planId, ownerUnitId, ownerSubCommitteeId,
                leadPersonId, coordinatingUnitIds, deadline, newStatus, position);
    }
}
