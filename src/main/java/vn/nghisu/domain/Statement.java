package vn.nghisu.domain;

import java.util.UUID;

/** Ý kiến phát biểu: what a speaker said under an agenda item. */
public record Statement(UUID id, UUID meetingId, UUID agendaItemId, UUID speakerId, int position, String summary) {
    public Statement {
        id = Ids.orNew(id);
        summary = Texts.nfc(summary == null ? "" : summary);
        Validation.require(meetingId != null, "statement.meeting.required");
    }
}
