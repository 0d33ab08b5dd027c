package vn.nghisu.ui.directory;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.ui.Messages;

/** Form for a working group: name, founding decision, leader, member units and member persons. */
final class GroupForm extends FormDialog<WorkingGroup> {
    private final WorkingGroup existing;
    private final TextField name;
    private final TextField decision;
    private final ComboBox<Person> leader;
    private final CheckListView<Unit> units;
    private final CheckListView<Person> persons;

    GroupForm(Window owner, Messages m, DirectoryData data, WorkingGroup group) {
        super(owner, m, m.format(group == null ? "directory.form.new" : "directory.form.edit",
                m.get("directory.entity.groups")));
        existing = group;
        name = text("group-name", "directory.col.name", group == null ? null : group.name(), true);
        decision = text("group-decision", "directory.col.decision", group == null ? null : group.foundingDecision(), false);
        leader = row("directory.col.leader", Pickers.combo("group-leader", data.persons(), Person::fullName,
                m.get("directory.none")));
        Pickers.select(leader, group == null ? null : group.leaderId(), Person::id);
        units = row("directory.col.memberUnits", checks("group-units", data.units(), Unit::name, Unit::id,
                group == null ? List.of() : group.unitIds()));
        persons = row("directory.col.memberPersons", checks("group-persons", data.persons(), Person::fullName,
                Person::id, group == null ? List.of() : group.personIds()));
    }

    private static <T> CheckListView<T> checks(String id, List<T> items, Function<T, String> name,
                                               Function<T, UUID> idOf, List<UUID> checked) {
        CheckListView<T> list = new CheckListView<>(javafx.collections.FXCollections.observableArrayList(items));
        list.setId(id);
        list.setPrefHeight(150);
        list.setCellFactory(lv -> new CheckBoxListCell<>(list::getItemBooleanProperty, Pickers.converter(name, null)));
        items.stream().filter(i -> checked.contains(idOf.apply(i))).forEach(list.getCheckModel()::check);
        return list;
    }

    @Override
    protected WorkingGroup build() {
        return new WorkingGroup(existing == null ? null : existing.id(), name.getText(), decision.getText(),
                Pickers.idOf(leader.getValue(), Person::id),
                units.getCheckModel().getCheckedItems().stream().map(Unit::id).toList(),
                persons.getCheckModel().getCheckedItems().stream().map(Person::id).toList());
    }
}
