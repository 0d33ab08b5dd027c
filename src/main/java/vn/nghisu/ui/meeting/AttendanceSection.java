package vn.nghisu.ui.meeting;

import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.EditorPart;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Thành phần tham dự: units, their delegates (new ones typed in place) and presence, with live counts. */
final class AttendanceSection {
    final ListSection<AttendanceRow> section;

    AttendanceSection(MeetingEditorViewModel vm, Messages m) {
        EntityPicker<Unit> unit = new EntityPicker<>("attendance-unit", vm.refs.units, Unit::name).creating(vm::newUnit);
        FilteredList<Person> ofUnit = new FilteredList<>(vm.refs.persons);
        unit.valueProperty().addListener((o, a, b) -> ofUnit.setPredicate(p -> b == null || b.id().equals(p.unitId())));
        TextField title = Fields.text("attendance-title", m.get("editor.attendance.position"));
        EntityPicker<Person> person = new EntityPicker<>("attendance-person", ofUnit, Person::fullName)
                .creating(name -> vm.newPerson(name, unit.getValue(), title.getText()));
        ComboBox<Presence> presence = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Presence.values()));
        presence.setId("attendance-presence");
        presence.setAccessibleText(m.get("editor.attendance.presence"));
        presence.setButtonCell(presenceCell(m));
        presence.setCellFactory(v -> presenceCell(m));
        TextField reason = Fields.text("attendance-reason", m.get("editor.attendance.reason"));
        reason.disableProperty().bind(presence.valueProperty().isNotEqualTo(Presence.EXCUSED));
        FormBinder<AttendanceRow> binder = new FormBinder<AttendanceRow>()
                .bind(unit, unit.valueProperty(), r -> r.unit, null)
                .bind(person, person.valueProperty(), r -> r.person, null)
                .bind(title, title.textProperty(), r -> r.title, "")
                .bind(presence, presence.valueProperty(), r -> r.presence, null)
                .bind(reason, reason.textProperty(), r -> r.reason, "");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Fields.row(form, m.get("editor.attendance.unit"), unit);
        Fields.row(form, m.get("editor.attendance.person"), person);
        Fields.row(form, m.get("editor.attendance.position"), title);
        Fields.row(form, m.get("editor.attendance.presence"), presence);
        Fields.row(form, m.get("editor.attendance.reason"), reason);
        section = new ListSection<>("attendance", binder, r -> describe(r, m), form);
        Button add = button("attendance-add", m.get("editor.attendance.add"));
        Button delete = button("attendance-delete", m.get("editor.delete"));
        section.actions(add, vm::addAttendance, delete, r -> vm.delete(EditorPart.ATTENDANCE, vm.attendance, r, r.id,
                describe(r, m), java.util.List.of()), unit);
        Button group = button("attendance-take-group", m.get("editor.attendance.takeGroup") + " (Ctrl+G)");
        group.setOnAction(e -> vm.takeGroupUnits());
        group.disableProperty().bind(vm.general.group.isNull());
        Label counts = new Label();
        counts.setId("attendance-counts");
        counts.getStyleClass().add("counts");
        vm.attendance.addListener((javafx.beans.Observable o) -> counts.setText(counts(vm, m)));
        counts.setText(counts(vm, m));
        section.toolbar.getChildren().add(group);
        section.getChildren().add(1, counts);
        section.setItems(vm.attendance);
    }

    static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setMnemonicParsing(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static String counts(MeetingEditorViewModel vm, Messages m) {
        long units = vm.attendance.stream().map(r -> r.unit.get()).filter(java.util.Objects::nonNull).distinct().count();
        return m.format("editor.attendance.counts", units, count(vm, Presence.PRESENT), count(vm, Presence.EXCUSED),
                count(vm, Presence.ABSENT));
    }

    private static long count(MeetingEditorViewModel vm, Presence p) {
        return vm.attendance.stream().filter(r -> r.person.get() != null && r.presence.get() == p).count();
    }

    private static String describe(AttendanceRow r, Messages m) {
        String unit = r.unit.get() == null ? "…" : r.unit.get().name();
        String person = r.person.get() == null ? "" : " — " + r.person.get().fullName();
        String reason = r.presence.get() == Presence.EXCUSED && !r.reason.get().isBlank() ? " (" + r.reason.get() + ")" : "";
        return unit + person + " · " + m.label("editor.presence", r.presence.get()) + reason;
    }

    private static ListCell<Presence> presenceCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Presence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.label("editor.presence", item));
            }
        };
    }
}
