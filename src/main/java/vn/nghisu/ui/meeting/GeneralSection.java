package vn.nghisu.ui.meeting;

import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Thông tin chung: title, kind, date, times, place, host unit, working group, chair and secretary. */
final class GeneralSection extends GridPane {
    final TextField title;

    GeneralSection(MeetingEditorViewModel vm, Messages m) {
        GeneralForm g = vm.general;
        getStyleClass().add("editor-grid");
        setHgap(12);
        setVgap(8);
        title = Fields.text("meeting-title", m.get("editor.general.title"));
        title.textProperty().bindBidirectional(g.title);
        title.setPrefColumnCount(60);
        EntityPicker<ListItem> kind = new EntityPicker<>("meeting-kind", vm.refs.meetingKinds, ListItem::name);
        kind.valueProperty().bindBidirectional(g.kind);
        DatePicker date = Fields.date("meeting-date", m.get("editor.general.date"));
        date.valueProperty().bindBidirectional(g.date);
        TextField start = Fields.text("meeting-start", m.get("editor.general.start"));
        start.textProperty().bindBidirectional(g.start);
        start.setPromptText("08:00");
        TextField end = Fields.text("meeting-end", m.get("editor.general.end"));
        end.textProperty().bindBidirectional(g.end);
        end.setPromptText("11:00");
        TextField place = Fields.text("meeting-place", m.get("editor.general.place"));
        place.textProperty().bindBidirectional(g.place);
        EntityPicker<Unit> host = new EntityPicker<>("meeting-host", vm.refs.units, Unit::name).creating(vm::newUnit);
        host.valueProperty().bindBidirectional(g.host);
        EntityPicker<WorkingGroup> group = new EntityPicker<>("meeting-group", vm.refs.groups, WorkingGroup::name)
                .creating(vm::newGroup);
        group.valueProperty().bindBidirectional(g.group);
        EntityPicker<Person> chair = new EntityPicker<>("meeting-chair", vm.refs.persons, Person::fullName)
                .creating(vm::newPerson);
        chair.valueProperty().bindBidirectional(g.chair);
        EntityPicker<Person> secretary = new EntityPicker<>("meeting-secretary", vm.refs.persons, Person::fullName)
                .creating(vm::newPerson);
        secretary.valueProperty().bindBidirectional(g.secretary);
        Fields.row(this, m.get("editor.general.title"), title);
        Fields.row(this, m.get("editor.general.kind"), kind);
        Fields.row(this, m.get("editor.general.date"), date);
        Fields.row(this, m.get("editor.general.start"), start);
        Fields.row(this, m.get("editor.general.end"), end);
        Fields.row(this, m.get("editor.general.place"), place);
        Fields.row(this, m.get("editor.general.host"), host);
        Fields.row(this, m.get("editor.general.group"), group);
        Fields.row(this, m.get("editor.general.groupUnits"), new GroupUnitsField(vm, m));
        Fields.row(this, m.get("editor.general.chair"), chair);
        Fields.row(this, m.get("editor.general.secretary"), secretary);
        new Rules(m).unmatched(kind).on(title, () -> MeetingRules.title(g.title.get()), g.title)
                .on(date, () -> g.date.get() == null ? Optional.of("editor.invalid.date") : Optional.empty(), g.date)
                .on(end, () -> MeetingRules.times(Fields.parseTime(g.start.get()), Fields.parseTime(g.end.get())),
                        g.start, g.end);
    }
}
