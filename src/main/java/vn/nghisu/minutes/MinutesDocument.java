package vn.nghisu.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The content of a formal "Biên bản", as plain normalized strings, ready for any renderer.
 *
 * @param closing closing sentence; when blank it is worded from {@code closingTime}
 * @param footer  optional line printed at the bottom of every page, e.g. a version and checksum
 */
public record MinutesDocument(
        MinutesHeader header,
        String title,
        String subject,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        List<AttendingUnit> attendance,
        Signer chair,
        Signer secretary,
        List<AgendaEntry> agenda,
        List<RaisedIssue> issues,
        List<Conclusion> conclusions,
        List<ExtraSection> extraSections,
        String closing,
        LocalTime closingTime,
        String footer) {

    public static final String DEFAULT_TITLE = "BIÊN BẢN";

    public MinutesDocument {
        header = header == null ? new MinutesHeader("", "", "", "", date) : header;
        title = Nfc.of(title).isBlank() ? DEFAULT_TITLE : Nfc.of(title);
        subject = Nfc.of(subject);
        place = Nfc.of(place);
        attendance = Nfc.list(attendance);
        chair = chair == null ? new Signer("", "") : chair;
        secretary = secretary == null ? new Signer("", "") : secretary;
        agenda = Nfc.list(agenda);
        issues = Nfc.list(issues);
        conclusions = Nfc.list(conclusions);
        extraSections = Nfc.list(extraSections);
        closing = Nfc.of(closing);
        footer = Nfc.of(footer);
    }

    public long count(Presence presence) {
        return attendance.stream().mapToLong(unit -> unit.count(presence)).sum();
    }

    public long delegateCount() {
        return attendance.stream().mapToLong(unit -> unit.delegates().size()).sum();
    }

    /** A copy with another letterhead, e.g. numbered in the style of another profile. */
    public MinutesDocument withHeader(MinutesHeader newHeader) {
        return new MinutesDocument(newHeader, title, subject, date, startTime, endTime, place, attendance, chair,
                secretary, agenda, issues, conclusions, extraSections, closing, closingTime, footer);
    }

    /** A copy with another footer line, e.g. when a version is finalized. */
    public MinutesDocument withFooter(String newFooter) {
        return new MinutesDocument(header, title, subject, date, startTime, endTime, place, attendance, chair,
                secretary, agenda, issues, conclusions, extraSections, closing, closingTime, newFooter);
    }
}
