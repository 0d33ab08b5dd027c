package vn.nghisu.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which meetings to export: the chosen ones, else those dated in the range, else (with an office) those
 * changed since the last export to that office; all meetings when nothing is given.
 */
public record ExportRequest(List<UUID> meetings, LocalDate from, LocalDate to, String sinceLastExportTo) {

    public ExportRequest {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    public static ExportRequest all() {
        return new ExportRequest(List.of(), null, null, null);
    }

    public static ExportRequest of(List<UUID> meetings) {
        return new ExportRequest(meetings, null, null, null);
    }

    public static ExportRequest changedFor(String office) {
        return new ExportRequest(List.of(), null, null, office);
    }
}
