package vn.nghisu.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times worded the way Vietnamese administrative documents write them. */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** "ngày 14 tháng 10 năm 2026"; Nghị định 30/2020 pads days below 10 and months below 3 with a zero. */
    public static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    /** "Lâm Bình, ngày 14 tháng 10 năm 2026", or just the place when the date is unknown. */
    public static String placeAndDate(String place, LocalDate date) {
        if (date == null) {
            return place;
        }
        return place.isBlank() ? capitalize(longDate(date)) : place + ", " + longDate(date);
    }

    /** "31/10/2026"; "" for no date. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "08 giờ 00 phút". */
    public static String clock(LocalTime time) {
        return String.format("%02d giờ %02d phút", time.getHour(), time.getMinute());
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
