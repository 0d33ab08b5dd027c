package vn.nghisu.ui.meeting;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Unit;

/** One attending unit with one delegate and the delegate's presence, as the editor edits it. */
public final class AttendanceRow {
    final UUID id;
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Presence> presence = new SimpleObjectProperty<>(Presence.PRESENT);
    final StringProperty reason = new SimpleStringProperty("");

    AttendanceRow(UUID id) {
        this.id = id;
    }

    static AttendanceRow of(Attendance a, Unit unit, Person person) {
        AttendanceRow row = new AttendanceRow(a.id());
        row.fill(a, unit, person);
        return row;
    }

    void fill(Attendance a, Unit unit, Person person) {
        this.unit.set(unit);
        this.person.set(person);
        title.set(person == null || person.positionTitle() == null ? "" : person.positionTitle());
        presence.set(a.presence());
        reason.set(a.reason() == null ? "" : a.reason());
    }

    /** The delegate with the position title typed here (a title edited in the attendance list is the person's). */
    Person personRecord() {
        Person p = person.get();
        if (p == null) {
            return null;
        }
        return new Person(p.id(), p.fullName(), title.get(), p.unitId() == null && unit.get() != null
                ? unit.get().id() : p.unitId());
    }

    Attendance toRecord(UUID meetingId, int position) {
        Person p = person.get();
        return new Attendance(id, meetingId, unit.get() == null ? null : unit.get().id(), p == null ? null : p.id(),
                presence.get(), presence.get() == Presence.EXCUSED ? reason.get() : null, position);
    }

    Observable[] observables() {
        return new Observable[] {unit, person, title, presence, reason};
    }
}
