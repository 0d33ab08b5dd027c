package vn.nghisu.ui.meeting;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.common.Fields;

/** The meeting header as the editor edits it: general fields and the closing. */
public final class GeneralForm {
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<ListItem> kind = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty start = new SimpleStringProperty("");
    final StringProperty end = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<Unit> host = new SimpleObjectProperty<>();
    final ObjectProperty<WorkingGroup> group = new SimpleObjectProperty<>();
    final ObjectProperty<Person> chair = new SimpleObjectProperty<>();
    final ObjectProperty<Person> secretary = new SimpleObjectProperty<>();
    final StringProperty closingNote = new SimpleStringProperty("");
    MeetingStatus status = MeetingStatus.DRAFT;

    Meeting toRecord(java.util.UUID id) {
        MeetingRules.require(MeetingRules.title(title.get()));
        if (date.get() == null) {
            throw new ValidationException("editor.invalid.date");
        }
        checkTime(start.get());
        checkTime(end.get());
        MeetingRules.require(MeetingRules.times(Fields.parseTime(start.get()), Fields.parseTime(end.get())));
        return new Meeting(id, title.get(), kind.get() == null ? null : kind.get().id(), date.get(),
                Fields.parseTime(start.get()), Fields.parseTime(end.get()), place.get(),
                host.get() == null ? null : host.get().id(), group.get() == null ? null : group.get().id(),
                chair.get() == null ? null : chair.get().id(), secretary.get() == null ? null : secretary.get().id(),
                status, closingNote.get());
    }

    private static void checkTime(String text) {
        if (text != null && !text.isBlank() && Fields.parseTime(text) == null) {
            throw new ValidationException("editor.invalid.time");
        }
    }

    Observable[] observables() {
        return new Observable[] {title, kind, date, start, end, place, host, group, chair, secretary, closingNote};
    }
}
