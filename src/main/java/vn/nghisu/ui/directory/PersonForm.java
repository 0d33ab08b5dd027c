package vn.nghisu.ui.directory;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.ui.Messages;

/** Form for a delegate or official: full name, position title, unit. */
final class PersonForm extends FormDialog<Person> {
    private final Person existing;
    private final TextField fullName;
    private final TextField position;
    private final ComboBox<Unit> unit;

    PersonForm(Window owner, Messages m, DirectoryData data, Person person) {
        super(owner, m, m.format(person == null ? "directory.form.new" : "directory.form.edit",
                m.get("directory.entity.persons")));
        existing = person;
        fullName = text("person-name", "directory.col.fullName", person == null ? null : person.fullName(), true);
        position = text("person-position", "directory.col.position", person == null ? null : person.positionTitle(), false);
        unit = row("directory.col.unit", Pickers.combo("person-unit", data.units(), Unit::name, m.get("directory.none")));
        Pickers.select(unit, person == null ? null : person.unitId(), Unit::id);
    }

    @Override
    protected Person build() {
        return new Person(existing == null ? null : existing.id(), fullName.getText(), position.getText(),
                Pickers.idOf(unit.getValue(), Unit::id));
    }
}
