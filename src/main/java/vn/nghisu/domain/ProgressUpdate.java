package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A dated progress note on an action item, with an optional percentage. */
public record ProgressUpdate(UUID id, UUID actionItemId, LocalDate date, String note, Integer percent) {
    public ProgressUpdate {
        id = Ids.orNew(id);
        note = Texts.nfc(note);
        Validation.require(actionItemId != null && date != null, "progress.date.required");
        Validation.require(percent == null || (percent >= 0 && percent <= 100), "progress.percent.range");
    }
}
