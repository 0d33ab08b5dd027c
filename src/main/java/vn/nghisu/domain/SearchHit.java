package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One search result: the record's kind, id and title; meetingId is the meeting a part belongs to. */
public record SearchHit(SearchKind kind, UUID id, String title, LocalDate date, UUID meetingId) {
}
