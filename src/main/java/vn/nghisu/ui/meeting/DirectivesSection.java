package vn.nghisu.ui.meeting;

import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Kết luận, chỉ đạo: the chair's conclusions and, under the selected one, the action items it gives. */
final class DirectivesSection extends VBox {
    final ListSection<DirectiveRow> directives;
    final ListSection<ActionRow> actions;

    DirectivesSection(MeetingEditorViewModel vm, Messages m) {
        setSpacing(8);
        TextArea text = new TextArea();
        text.setId("directive-text");
        text.setAccessibleText(m.get("editor.directive.text"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        FormBinder<DirectiveRow> dBinder = new FormBinder<DirectiveRow>().bind(text, text.textProperty(), r -> r.text, "");
        directives = new ListSection<>("directives", dBinder, r -> r.text.get(), text);
        directives.list.setPrefHeight(120);
        directives.actions(AttendanceSection.button("directive-add", m.get("editor.directive.add")), vm::addDirective,
                AttendanceSection.button("directive-delete", m.get("editor.delete")),
                r -> vm.delete(EditorPart.DIRECTIVE, vm.directives, r, r.id, r.text.get(),
                        r.actions.stream().map(a -> a.id).toList()), text);
        actions = actionSection(vm, m);
        directives.selectedProperty().addListener((o, a, b) -> actions.setItems(b == null ? null : b.actions));
        directives.setItems(vm.directives);
        getChildren().addAll(directives, actions);
    }

    private ListSection<ActionRow> actionSection(MeetingEditorViewModel vm, Messages m) {
        TextField title = Fields.text("action-title", m.get("editor.action.title"));
        EntityPicker<Unit> ownerUnit = new EntityPicker<>("action-owner-unit", vm.refs.units, Unit::name)
                .creating(vm::newUnit);
        EntityPicker<SubCommittee> ownerSub = new EntityPicker<>("action-owner-sub", vm.refs.subCommittees,
                SubCommittee::name);
        EntityPicker<Person> lead = new EntityPicker<>("action-lead", vm.refs.persons, Person::fullName)
                .creating(vm::newPerson);
        DatePicker deadline = Fields.date("action-deadline", m.get("editor.action.deadline"));
        EntityPicker<Unit> coordinator = new EntityPicker<>("action-coordinator", vm.refs.units, Unit::name)
                .creating(vm::newUnit);
        ListView<Unit> coordinators = new ListView<>();
        coordinators.setId("action-coordinators");
        coordinators.setPrefHeight(60);
        coordinators.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        FormBinder<ActionRow> binder = new FormBinder<ActionRow>()
                .bind(title, title.textProperty(), r -> r.title, "")
                .bind(ownerUnit, ownerUnit.valueProperty(), r -> r.ownerUnit, null)
                .bind(ownerSub, ownerSub.valueProperty(), r -> r.ownerSub, null)
                .bind(lead, lead.valueProperty(), r -> r.lead, null)
                .bind(deadline, deadline.valueProperty(), r -> r.deadline, null);
        coordinator.setOnAction(e -> addCoordinator(coordinator, binder.current()));
        // leaving the field adds the unit as Enter does: a name left typed there would look added but never be
        coordinator.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                addCoordinator(coordinator, binder.current());
            }
        });
        coordinators.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && binder.current() != null) {
                binder.current().coordinators.remove(coordinators.getSelectionModel().getSelectedItem());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Fields.row(form, m.get("editor.action.title"), title);
        Fields.row(form, m.get("editor.action.ownerUnit"), ownerUnit);
        Fields.row(form, m.get("editor.action.ownerSub"), ownerSub);
        Fields.row(form, m.get("editor.action.lead"), lead);
        Fields.row(form, m.get("editor.action.coordinator"), coordinator);
        Fields.row(form, m.get("editor.action.coordinators"), coordinators);
        Fields.row(form, m.get("editor.action.deadline"), deadline);
        ListSection<ActionRow> section = new ListSection<>("actions", binder, r -> r.title.get(), form);
        section.selectedProperty().addListener((o, a, b) -> coordinators.setItems(b == null ? null : b.coordinators));
        section.actions(AttendanceSection.button("action-add", m.get("editor.action.add")), () -> {
            DirectiveRow d = directives.current();
            return d == null ? null : vm.addAction(d);
        }, AttendanceSection.button("action-delete", m.get("editor.delete")), r -> {
            DirectiveRow d = directives.current();
            vm.delete(EditorPart.ACTION, d.actions, r, r.id, r.title.get(), java.util.List.of());
        }, title);
        section.list.setPrefHeight(90);
        new Rules(m).unmatched(ownerSub).on(deadline, () -> MeetingRules.deadline(deadline.getValue(), vm.general.date.get()),
                deadline.valueProperty(), vm.general.date);
        return section;
    }

    private static void addCoordinator(EntityPicker<Unit> coordinator, ActionRow row) {
        if (row == null) {
            return;
        }
        coordinator.commit();
        if (coordinator.getValue() != null && !row.coordinators.contains(coordinator.getValue())) {
            row.coordinators.add(coordinator.getValue());
            coordinator.valueProperty().set(null);
        }
    }
}
