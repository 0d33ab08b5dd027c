package vn.nghisu.domain;

import java.time.Instant;
import java.util.UUID;

/** Chương trình: one ordered item of the agenda, with what actually happened. */
public record AgendaItem(UUID id, UUID meetingId, int position, String title, UUID presenterId,
                         Integer plannedMinutes, Instant actualStart, Instant actualEnd, String notes) {
    public AgendaItem {
        id = Ids.orNew(id);
        title = Texts.nfc(title == null ? "" : title);
        notes = Texts.nfc(notes);
        Validation.require(meetingId != null, "agenda.meeting.required");
        Validation.require(plannedMinutes == null || plannedMinutes >= 0, "agenda.minutes.negative");
    }
}
