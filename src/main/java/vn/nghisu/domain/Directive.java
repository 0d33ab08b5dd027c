package vn.nghisu.domain;

import java.util.UUID;

/** Kết luận, chỉ đạo: a conclusion of the chair; it gives rise to action items. */
public record Directive(UUID id, UUID meetingId, int position, String text) {
    public Directive {
        id = Ids.orNew(id);
        text = Texts.nfc(text == null ? "" : text);
        Validation.require(meetingId != null, "directive.meeting.required");
    }
}
