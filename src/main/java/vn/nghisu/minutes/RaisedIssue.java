package vn.nghisu.minutes;

/** A difficulty raised at the meeting, with its category and the unit that raised it. */
public record RaisedIssue(String title, String category, String raisedBy) {

    public RaisedIssue {
        title = Nfc.of(title);
        category = Nfc.of(category);
        raisedBy = Nfc.of(raisedBy);
    }
}
