package vn.nghisu.ui.meeting;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.MeetingRules;

/** One statement: who spoke, under which agenda item, what they said. */
public final class StatementRow {
    final UUID id;
    final ObjectProperty<AgendaRow> agenda = new SimpleObjectProperty<>();
    final ObjectProperty<Person> speaker = new SimpleObjectProperty<>();
    final StringProperty summary = new SimpleStringProperty("");

    StatementRow(UUID id) {
        this.id = id;
    }

    Statement toRecord(UUID meetingId, int position) {
        MeetingRules.require(MeetingRules.speaker(speaker.get()));
        return new Statement(id, meetingId, agenda.get() == null ? null : agenda.get().id, speaker.get().id(), position,
                summary.get());
    }

    Observable[] observables() {
        return new Observable[] {agenda, speaker, summary};
    }
}
