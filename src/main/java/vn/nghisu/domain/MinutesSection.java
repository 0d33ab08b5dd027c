package vn.nghisu.domain;

import java.util.UUID;

/** A free-text section the secretary adds to a meeting's minutes before export (heading and body). */
public record MinutesSection(UUID id, UUID meetingId, int position, String heading, String body) {
    public MinutesSection {
        id = Ids.orNew(id);
        heading = Texts.nfc(heading == null ? "" : heading);
        body = Texts.nfc(body == null ? "" : body);
        Validation.require(meetingId != null, "minutes.section.meetingRequired");
    }
}
