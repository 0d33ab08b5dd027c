package vn.nghisu.service;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of records the meeting editor saves part by part, deletes (softly) and brings back with undo. */
public enum EditorPart {
    ATTENDANCE("attendance"), AGENDA("agenda_item"), STATEMENT("statement"), ISSUE("issue"),
    DIRECTIVE("directive"), ACTION("action_item");

    private final String table;

    EditorPart(String table) {
        this.table = table;
    }

    /** The table the part is stored in, as a {@link vn.nghisu.store.ConcurrentEditException} names it. */
    public String table() {
        return table;
    }

    public static Optional<EditorPart> ofTable(String table) {
        return Arrays.stream(values()).filter(p -> p.table.equals(table)).findFirst();
    }
}
