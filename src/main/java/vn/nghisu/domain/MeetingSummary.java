package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One row of the meetings list. */
public record MeetingSummary(UUID id, String title, LocalDate date, String place, String hostUnitName,
                             MeetingStatus status) {
}
