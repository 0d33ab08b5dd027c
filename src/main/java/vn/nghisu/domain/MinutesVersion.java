package vn.nghisu.domain;

import java.time.Instant;
import java.util.UUID;

/** A finalized (locked) version of a meeting's minutes, with the SHA-256 of its canonical content. */
public record MinutesVersion(UUID id, UUID meetingId, int versionNo, String content, String sha256,
                             String finalizedBy, Instant finalizedAt, String changeSummary) {
    public MinutesVersion {
        id = Ids.orNew(id);
        content = Texts.nfc(content);
        finalizedBy = Texts.clean(finalizedBy);
        changeSummary = Texts.nfc(changeSummary);
        Validation.require(meetingId != null && versionNo > 0 && sha256 != null, "minutes.version.invalid");
    }
}
