package vn.nghisu.minutes;

/** A free-text section the secretary adds to the minutes; the body may hold several lines. */
public record ExtraSection(String heading, String body) {

    public ExtraSection {
        heading = Nfc.of(heading);
        body = Nfc.of(body);
    }
}
