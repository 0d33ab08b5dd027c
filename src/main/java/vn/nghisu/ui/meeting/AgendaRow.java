package vn.nghisu.ui.meeting;

import java.time.Instant;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.ValidationException;

/** One agenda item as the editor edits it. */
public final class AgendaRow {
    final UUID id;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Person> presenter = new SimpleObjectProperty<>();
    final StringProperty minutes = new SimpleStringProperty("");
    final ObjectProperty<Instant> started = new SimpleObjectProperty<>();
    final ObjectProperty<Instant> ended = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");

    AgendaRow(UUID id) {
        this.id = id;
    }

    static AgendaRow of(AgendaItem a, Person presenter) {
        AgendaRow row = new AgendaRow(a.id());
        row.fill(a, presenter);
        return row;
    }

    void fill(AgendaItem a, Person presenter) {
        title.set(a.title());
        this.presenter.set(presenter);
        minutes.set(a.plannedMinutes() == null ? "" : a.plannedMinutes().toString());
        started.set(a.actualStart());
        ended.set(a.actualEnd());
        notes.set(a.notes() == null ? "" : a.notes());
    }

    AgendaItem toRecord(UUID meetingId, int position) {
        Integer planned;
        try {
            planned = minutes.get().isBlank() ? null : Integer.valueOf(minutes.get().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("editor.invalid.minutes");
        }
        Person p = presenter.get();
        return new AgendaItem(id, meetingId, position, title.get(), p == null ? null : p.id(), planned,
                started.get(), ended.get(), notes.get());
    }

    Observable[] observables() {
        return new Observable[] {title, presenter, minutes, started, ended, notes};
    }

    @Override
    public String toString() {
        return title.get();
    }
}
