package vn.nghisu.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Buổi làm việc, cuộc họp: the header of a meeting; its parts live in their own records. */
public record Meeting(UUID id, String title, UUID kindId, LocalDate date, LocalTime start, LocalTime end,
                      String place, UUID hostUnitId, UUID workingGroupId, UUID chairId, UUID secretaryId,
                      MeetingStatus status, String closingNote) {
    public Meeting {
        id = Ids.orNew(id);
        title = Texts.nfc(title == null ? "" : title);
        place = Texts.nfc(place);
        closingNote = Texts.nfc(closingNote);
        status = status == null ? MeetingStatus.DRAFT : status;
        Validation.require(date != null, "meeting.date.required");
        Validation.require(start == null || end == null || !end.isBefore(start), "meeting.end.beforeStart");
    }

    public Meeting withTitle(String newTitle) {
        return new Meeting(id, newTitle, kindId, date, start, end, place, hostUnitId, workingGroupId,
                chairId, secretaryId, status, closingNote);
    }
}
