package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the action-item list, with names resolved for display. */
public record ActionItemRow(UUID id, String title, String ownerName, String leadName, LocalDate deadline,
                            ActionStatus status, UUID meetingId, String meetingTitle) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && deadline != null && deadline.isBefore(today);
    }
}
