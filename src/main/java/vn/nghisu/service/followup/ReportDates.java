package vn.nghisu.service.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them: dd/MM/yyyy. */
public final class ReportDates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
