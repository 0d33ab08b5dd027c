package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Khó khăn, vướng mắc: a problem raised by a unit, followed until solved or escalated. */
public record Issue(UUID id, UUID meetingId, String title, String detail, UUID categoryId, UUID raisedByUnitId,
                   IssueStatus status, UUID escalatedToId, String resolution, LocalDate resolvedOn, int position) {
    public Issue {
        id = Ids.orNew(id);
        title = Texts.clean(title);
        detail = Texts.nfc(detail);
        resolution = Texts.nfc(resolution);
        status = status == null ? IssueStatus.NEW : status;
        Validation.require(title != null, "issue.title.required");
        Validation.require(status != IssueStatus.ESCALATED || escalatedToId != null, "issue.escalation.bodyRequired");
    }

    public Issue escalateTo(UUID bodyId) {
        return new Issue(id, meetingId, title, detail, categoryId, raisedByUnitId, IssueStatus.ESCALATED, bodyId,
                resolution, resolvedOn, position);
    }
}
