package vn.nghisu.ui.meeting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.Person;
import vn.nghisu.service.EditorPart;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Chương trình: ordered items (Alt+Up/Down or drag to reorder), presenter, planned minutes, timer, notes. */
final class AgendaSection {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    final ListSection<AgendaRow> section;

    AgendaSection(MeetingEditorViewModel vm, Messages m) {
        TextField title = Fields.text("agenda-title", m.get("editor.agenda.title"));
        EntityPicker<Person> presenter = new EntityPicker<>("agenda-presenter", vm.refs.persons, Person::fullName)
                .creating(vm::newPerson);
        TextField minutes = Fields.text("agenda-minutes", m.get("editor.agenda.minutes"));
        minutes.setPrefColumnCount(5);
        TextArea notes = new TextArea();
        notes.setId("agenda-notes");
        notes.setAccessibleText(m.get("editor.agenda.notes"));
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        FormBinder<AgendaRow> binder = new FormBinder<AgendaRow>()
                .bind(title, title.textProperty(), r -> r.title, "")
                .bind(presenter, presenter.valueProperty(), r -> r.presenter, null)
                .bind(minutes, minutes.textProperty(), r -> r.minutes, "")
                .bind(notes, notes.textProperty(), r -> r.notes, "");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Fields.row(form, m.get("editor.agenda.title"), title);
        Fields.row(form, m.get("editor.agenda.presenter"), presenter);
        Fields.row(form, m.get("editor.agenda.minutes"), minutes);
        Fields.row(form, m.get("editor.agenda.notes"), notes);
        section = new ListSection<>("agenda", binder, r -> describe(r, vm, m), form);
        Button add = AttendanceSection.button("agenda-add", m.get("editor.agenda.add"));
        Button delete = AttendanceSection.button("agenda-delete", m.get("editor.delete"));
        section.actions(add, vm::addAgenda, delete, r -> vm.delete(EditorPart.AGENDA, vm.agenda, r, r.id, r.title.get(),
                java.util.List.of()), title);
        Button up = AttendanceSection.button("agenda-up", m.get("editor.agenda.up"));
        up.setOnAction(e -> move(vm, -1));
        Button down = AttendanceSection.button("agenda-down", m.get("editor.agenda.down"));
        down.setOnAction(e -> move(vm, 1));
        Button timer = AttendanceSection.button("agenda-timer", m.get("editor.agenda.timer"));
        timer.setOnAction(e -> {
            if (section.current() != null) {
                vm.toggleTimer(section.current());
            }
        });
        section.toolbar.getChildren().addAll(up, down, timer);
        section.list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(vm, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        enableDrag(vm);
        section.getChildren().add(0, carryForwardBanner(vm, m));
        section.setItems(vm.agenda);
        section.selectedProperty().addListener((o, a, b) -> {
            if (b != null && (vm.currentAgenda.get() == null || vm.currentAgenda.get().ended.get() != null)) {
                vm.currentAgenda.set(b);
            }
        });
    }

    /** Non-modal: open items of earlier meetings of the same host or group, added as a review item on request. */
    private static javafx.scene.Node carryForwardBanner(MeetingEditorViewModel vm, Messages m) {
        javafx.scene.control.Label text = new javafx.scene.control.Label();
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.format("editor.carry.offer", vm.carryForward.open.get()), vm.carryForward.open));
        Button add = AttendanceSection.button("carry-forward-add", m.get("editor.carry.add"));
        add.setOnAction(e -> vm.carryForward.accept());
        javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(12, text, add);
        banner.setId("carry-forward-banner");
        banner.getStyleClass().add("banner");
        banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        banner.visibleProperty().bind(vm.carryForward.open.greaterThan(0));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    void move(MeetingEditorViewModel vm, int delta) {
        AgendaRow row = section.current();
        if (row != null) {
            vm.move(row, delta);
            section.select(row);
        }
    }

    /** Drag a row onto another to put it there. */
    private void enableDrag(MeetingEditorViewModel vm) {
        section.list.setOnDragDetected(e -> {
            if (section.current() != null) {
                ClipboardContent c = new ClipboardContent();
                c.putString(section.current().id.toString());
                section.list.startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            }
        });
        section.list.setOnDragOver(e -> {
            e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        section.list.setOnDragDropped(e -> {
            AgendaRow row = section.current();
            javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
            while (picked != null && !(picked instanceof javafx.scene.control.ListCell<?>)) {
                picked = picked.getParent();
            }
            if (row != null && picked instanceof javafx.scene.control.ListCell<?> cell && cell.getIndex() >= 0) {
                vm.move(row, Math.min(cell.getIndex(), vm.agenda.size() - 1) - vm.agenda.indexOf(row));
                section.select(row);
            }
            e.setDropCompleted(true);
            e.consume();
        });
    }

    private static String describe(AgendaRow r, MeetingEditorViewModel vm, Messages m) {
        StringBuilder s = new StringBuilder().append(vm.agenda.indexOf(r) + 1).append(". ").append(r.title.get());
        if (r.presenter.get() != null) {
            s.append(" — ").append(r.presenter.get().fullName());
        }
        if (!r.minutes.get().isBlank()) {
            s.append(" (").append(m.format("editor.agenda.plannedShort", r.minutes.get())).append(")");
        }
        if (r.started.get() != null) {
            // plain words: the UI font has no stopwatch glyph (it showed as a box)
            s.append("  · ").append(m.format("editor.agenda.started", CLOCK.format(r.started.get())));
            s.append(r.ended.get() == null ? " …" : " – " + CLOCK.format(r.ended.get()));
        }
        return s.toString();
    }
}
