package vn.nghisu.minutes;

import java.util.List;

/** A conclusion or directive of the chair; its text may be blank when only the tasks are recorded. */
public record Conclusion(String text, List<ActionEntry> actions) {

    public Conclusion {
        text = Nfc.of(text);
        actions = Nfc.list(actions);
    }
}
