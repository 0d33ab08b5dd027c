package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-10-14, ngày 14 tháng 10 năm 2026",
        "2026-02-05, ngày 05 tháng 02 năm 2026",
        "2026-03-09, ngày 09 tháng 3 năm 2026",
        "2026-12-31, ngày 31 tháng 12 năm 2026"})
    void longDatePadsDaysBelowTenAndMonthsBelowThree(LocalDate date, String expected) {
        assertEquals(expected, VietnameseDates.longDate(date));
    }

    @Test
    void placeAndDateReadAsInTheHeader() {
        assertEquals("Lâm Bình, ngày 14 tháng 10 năm 2026",
                VietnameseDates.placeAndDate("Lâm Bình", LocalDate.of(2026, 10, 14)));
    }

    @Test
    void clockTimeIsWordedInHoursAndMinutes() {
        assertEquals("08 giờ 00 phút", VietnameseDates.clock(LocalTime.of(8, 0)));
    }

    @Test
    void deadlinesAreDayMonthYear() {
        assertEquals("31/10/2026", VietnameseDates.shortDate(LocalDate.of(2026, 10, 31)));
    }
}
