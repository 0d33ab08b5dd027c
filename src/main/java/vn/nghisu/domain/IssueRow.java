package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the issue register, with names resolved for display. */
public record IssueRow(UUID id, String title, String categoryName, String raisedByName, IssueStatus status,
                       String escalatedToName, UUID meetingId, String meetingTitle, LocalDate meetingDate) {
}
