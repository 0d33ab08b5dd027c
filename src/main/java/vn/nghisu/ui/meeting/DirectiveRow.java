package vn.nghisu.ui.meeting;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.Directive;

/** One conclusion of the chair and the action items it gives. */
public final class DirectiveRow {
    final UUID id;
    final StringProperty text = new SimpleStringProperty("");
    final ObservableList<ActionRow> actions = FXCollections.observableArrayList(ActionRow::observables);

    DirectiveRow(UUID id) {
        this.id = id;
    }

    Directive toRecord(UUID meetingId, int position) {
        return new Directive(id, meetingId, position, text.get());
    }

    Observable[] observables() {
        return new Observable[] {text, actions};
    }
}
