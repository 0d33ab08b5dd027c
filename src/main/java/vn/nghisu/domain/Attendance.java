package vn.nghisu.domain;

import java.util.UUID;

/** Thành phần tham dự: a unit at a meeting, with one of its delegates (or none) and presence. */
public record Attendance(UUID id, UUID meetingId, UUID unitId, UUID personId, Presence presence,
                         String reason, int position) {
    public Attendance {
        id = Ids.orNew(id);
        presence = presence == null ? Presence.PRESENT : presence;
        reason = Texts.clean(reason);
        Validation.require(meetingId != null && unitId != null, "attendance.unit.required");
    }
}
