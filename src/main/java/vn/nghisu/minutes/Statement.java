package vn.nghisu.minutes;

/** What one speaker said under an agenda item, as the secretary summarized it. */
public record Statement(String speaker, String summary) {

    public Statement {
        speaker = Nfc.of(speaker);
        summary = Nfc.of(summary);
    }
}
