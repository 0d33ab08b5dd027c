package vn.nghisu.minutes;

import java.util.List;

/** An agenda item of the proceedings with the statements made under it and optional notes. */
public record AgendaEntry(String title, List<Statement> statements, String notes) {

    public AgendaEntry {
        title = Nfc.of(title);
        statements = Nfc.list(statements);
        notes = Nfc.of(notes);
    }
}
