package vn.nghisu.ui.meeting;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;

/**
 * The member units of the meeting's working group, editable in place: a unit typed and confirmed with Enter
 * joins the group (new units are created), Delete in the list takes one out.
 */
final class GroupUnitsField extends VBox {
    final EntityPicker<Unit> picker;
    final ListView<Unit> members = new ListView<>();
    private final ObservableList<Unit> shown = FXCollections.observableArrayList();

    GroupUnitsField(MeetingEditorViewModel vm, Messages m) {
        setSpacing(4);
        picker = new EntityPicker<>("meeting-group-unit", vm.refs.units, Unit::name).creating(vm::newUnit);
        picker.setAccessibleText(m.get("editor.general.groupUnits"));
        picker.setPromptText(m.get("editor.general.groupUnits.prompt"));
        picker.setOnAction(e -> {
            picker.commit();
            if (picker.getValue() != null) {
                vm.addGroupUnit(picker.getValue());
                picker.valueProperty().set(null);
            }
        });
        members.setId("meeting-group-units");
        members.setPlaceholder(new javafx.scene.control.Label(m.get("editor.general.groupUnits.none")));
        members.setAccessibleText(m.get("editor.general.groupUnits"));
        members.setItems(shown);
        members.setPrefHeight(100);
        members.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        members.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.removeGroupUnit(members.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        vm.general.group.addListener((o, a, b) -> show(vm, b));
        vm.refs.units.addListener((javafx.beans.Observable o) -> show(vm, vm.general.group.get()));
        getChildren().addAll(picker, members);
    }

    private void show(MeetingEditorViewModel vm, WorkingGroup g) {
        shown.setAll(g == null ? java.util.List.of()
                : g.unitIds().stream().map(vm.refs::unit).filter(Objects::nonNull).toList());
    }
}
