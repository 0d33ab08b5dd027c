package vn.nghisu.minutes;

import java.time.LocalDate;
import java.util.List;

/** A task given by a conclusion: what, who owns it, who coordinates, and by when (deadline may be null). */
public record ActionEntry(String title, String owner, List<String> coordinatingUnits, LocalDate deadline) {

    public ActionEntry {
        title = Nfc.of(title);
        owner = Nfc.of(owner);
        coordinatingUnits = Nfc.strings(coordinatingUnits);
    }
}
